package org.a4p.recommendations.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.a4p.events.StatisticsGroupBy;
import org.a4p.platform.http.Downloads;
import org.a4p.recommendations.api.Statistics;
import org.a4p.recommendations.mapping.StatisticsCsv;
import org.a4p.recommendations.service.StatisticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics as a CSV download, beside the export's {@code /recommendations.csv}. */
@Path("/statistics.csv")
@Tag(name = "Statistics")
public class StatisticsCsvResource {

    private final StatisticsService service;

    StatisticsCsvResource(StatisticsService service) {
        this.service = service;
    }

    @GET
    @Produces(StatisticsResource.CSV)
    @Operation(operationId = "exportStatisticsCsv", summary = "The statistics as a CSV download",
            description = StatisticsResource.DESCRIPTION + " The same figures as GET /statistics.")
    @APIResponse(responseCode = "200", description = StatisticsResource.CSV_DESCRIPTION,
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"a4p-statistics-by-<groupBy>.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = StatisticsResource.CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "byArea", summary = "By area (two groups shown)", value = StatisticsResource.CSV_EXAMPLE)))
    @APIResponse(responseCode = "400", description = StatisticsResource.BAD_PARAMETER)
    public Response export(@Parameter(description = StatisticsResource.GROUP_BY,
                                   schema = @Schema(implementation = StatisticsGroupBy.class, defaultValue = "area"))
                           @QueryParam("groupBy") String groupBy,
                           @Parameter(description = StatisticsResource.AS_OF, schema = @Schema(type = SchemaType.STRING), example = "2023-02-20")
                           @QueryParam("asOf") String asOf) {
        Statistics s = StatisticsResource.read(service, groupBy, asOf);
        return Downloads.attachment(StatisticsCsv.of(s), StatisticsCsv.CONTENT_TYPE, "a4p-statistics-by-" + s.groupBy() + ".csv");
    }
}

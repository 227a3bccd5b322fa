package org.a4p.recommendations.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.http.Downloads;
import org.a4p.recommendations.mapping.RecommendationCsv;
import org.a4p.recommendations.service.RecommendationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CSV export ({@link RecommendationCsv}) as a download. */
@Path("/recommendations.csv")
@Tag(name = "Recommendations")
public class RecommendationCsvResource {

    private final RecommendationService service;

    RecommendationCsvResource(RecommendationService service) {
        this.service = service;
    }

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportRecommendationsCsv", summary = "All recommendations as CSV: the report's columns plus the current status")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a byte order mark, CRLF line ends, one header row",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"a4p-recommendations.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export() {
        return Downloads.attachment(RecommendationCsv.of(service.all()), RecommendationCsv.CONTENT_TYPE, "a4p-recommendations.csv");
    }
}

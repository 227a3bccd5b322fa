package org.a4p.recommendations.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.events.StatisticsGroupBy;
import org.a4p.platform.http.QueryParams;
import org.a4p.recommendations.api.Statistics;
import org.a4p.recommendations.mapping.StatisticsCsv;
import org.a4p.recommendations.service.StatisticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /statistics, as JSON or (Accept: text/csv) CSV; {@link StatisticsCsvResource} is the CSV as a download. */
@Path("/statistics")
@Tag(name = "Statistics", description = "Acceptance and implementation rates and recommendations outstanding for more than 5 years, "
        + "as oversight bodies publish them (the JIU model), grouped by area, stakeholder or year, as of any date")
public class StatisticsResource {

    static final String CSV = "text/csv";
    static final String GROUP_BY = "How to group: area (the default; all 8 Areas of Commitment in the report's order, empty ones "
            + "included), stakeholder (each addressee with a position: the five categories, then bodies; a recommendation "
            + "counts in each of its addressees' groups, with that addressee's position), year (the year of issuance, issuedOn)";
    static final String AS_OF = AsOfParam.DESCRIPTION + " Recommendations created after the moment are not counted; issuedOn, "
            + "area and addressees have no history and are today's.";
    static final String DESCRIPTION = "Per group and in total: recommendations, positions, and the counts behind the rates. "
            + "acceptanceRate = (ACCEPTED + PARTIALLY_ACCEPTED) / positions decided (acceptance neither PENDING nor NOT_RELEVANT); "
            + "implementationRate = IMPLEMENTED / positions ACCEPTED or PARTIALLY_ACCEPTED; either is null when there is nothing "
            + "to divide by. outstandingOver5Years = recommendations not closed (status neither IMPLEMENTED, NOT_ACCEPTED nor "
            + "SUPERSEDED) and issued more than 5 years before the moment.";
    static final String BAD_PARAMETER = "groupBy is not area, stakeholder or year, or asOf is not a date or instant";
    static final String CSV_DESCRIPTION = "UTF-8 CSV with a byte order mark, CRLF line ends: a header row (first column named "
            + "after groupBy), one row per group, then the TOTAL row; rates as decimals with four places (0.7500), an empty cell "
            + "when unknown";
    private static final String EXAMPLE = """
            {"groupBy": "area", "asOf": "2023-02-20T23:59:59.999999Z",
             "groups": [{"key": "PEACEBUILDING_AND_SUSTAINING_PEACE", "name": "Peacebuilding and Sustaining Peace",
                         "recommendations": 3, "positions": 6, "decided": 4, "accepted": 3, "implemented": 1,
                         "acceptanceRate": 0.75, "implementationRate": 0.3333333333333333, "outstandingOver5Years": 2}],
             "total": {"key": "TOTAL", "name": null, "recommendations": 24, "positions": 47, "decided": 4, "accepted": 3,
                       "implemented": 1, "acceptanceRate": 0.75, "implementationRate": 0.3333333333333333,
                       "outstandingOver5Years": 23}}""";
    static final String CSV_EXAMPLE = "\uFEFFarea,name,recommendations,positions,decided,accepted,implemented,acceptanceRate,"
            + "implementationRate,outstandingOver5Years\r\n"
            + "PEACEBUILDING_AND_SUSTAINING_PEACE,Peacebuilding and Sustaining Peace,3,6,4,3,1,0.7500,0.3333,2\r\n"
            + "WOMEN_PEACE_AND_SECURITY,\"Women, Peace and Security\",3,7,0,0,0,,,3\r\n"
            + "TOTAL,,24,47,4,3,1,0.7500,0.3333,23\r\n";

    private final StatisticsService service;

    StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getStatistics", summary = "Acceptance rate, implementation rate and outstanding over 5 years, per group, as of a moment",
            description = DESCRIPTION + " JSON by default; CSV with Accept: text/csv (or GET /statistics.csv).")
    @APIResponse(responseCode = "200", description = "The statistics", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statistics.class),
                    examples = @ExampleObject(name = "byArea", summary = "By area, as of a date (one group shown)", value = EXAMPLE)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "byAreaCsv", summary = "By area (two groups shown)", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = BAD_PARAMETER)
    public Response get(@Parameter(description = GROUP_BY, schema = @Schema(implementation = StatisticsGroupBy.class, defaultValue = "area"))
                        @QueryParam("groupBy") String groupBy,
                        @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING), example = "2023-02-20")
                        @QueryParam("asOf") String asOf,
                        @Context HttpHeaders headers) {
        Statistics statistics = read(service, groupBy, asOf);
        if (prefersCsv(headers)) {
            return Response.ok(StatisticsCsv.of(statistics), StatisticsCsv.CONTENT_TYPE).build();
        }
        return Response.ok(statistics, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The parameters as both operations take them: groupBy defaults to area; a bad one is a 400 problem naming it. */
    static Statistics read(StatisticsService service, String groupBy, String asOf) {
        StatisticsGroupBy grouping = QueryParams.optionalEnum("groupBy", QueryParams.absentIfBlank(groupBy), StatisticsGroupBy.class);
        return service.statistics(grouping == null ? StatisticsGroupBy.area : grouping, AsOfParam.parse(asOf));
    }

    /** CSV only when the client ranks it above JSON (JSON is the default, for * / * too). */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) {
                return false;
            }
            if (t.getType().equals("text") && t.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }
}

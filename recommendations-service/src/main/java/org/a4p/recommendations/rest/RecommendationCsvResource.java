package org.a4p.recommendations.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.service.RecommendationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report's table plus the current status, as a spreadsheet-friendly CSV (RFC 4180). */
@Path("/recommendations.csv")
@Tag(name = "Recommendations")
public class RecommendationCsvResource {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final List<String> HEADER = List.of("Areas of Commitment", "No", "Recommendation (the 'what')",
            "Stakeholder Action (the 'how')", "A4P Para", "Context (see report)", "Status");
    /** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte order mark. */
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

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
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        for (Recommendation r : service.all()) {
            row(csv, List.of(r.area.name, Integer.toString(r.number), r.text, r.stakeholderAction,
                    Integer.toString(r.a4pParagraph), r.context, r.status.name()));
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"a4p-recommendations.csv\"")
                .build();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: quote a field that holds a comma, quote, CR or LF, doubling the quotes inside. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

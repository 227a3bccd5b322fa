package org.a4p.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.security.Caller;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
import org.a4p.recommendations.api.ImportProblem;
import org.a4p.recommendations.api.ImportResult;
import org.a4p.recommendations.api.ImportRow;
import org.a4p.recommendations.mapping.ImportJsonReader;
import org.a4p.recommendations.mapping.ImportSheet;
import org.a4p.recommendations.mapping.RecommendationCsvReader;
import org.a4p.recommendations.service.ImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import ({@link ImportService}) in the CSV export's form or as JSON. */
@Path("/recommendations/import")
@Tag(name = "Recommendations")
public class ImportResource {

    static final String CSV = "text/csv";
    private static final String DESCRIPTION = """
            Sets many recommendations at once to what a file says, all or nothing, in one transaction.

            **Body.** `text/csv`: the CSV export's columns (`GET /recommendations.csv`, header matched without regard \
            to case; the byte order mark, CRLF or LF, RFC 4180 quoting) plus an optional `Version` column, in any order. \
            The area is its name as the export writes it (or its code). A cell that starts with `'` followed by `=`, `+`, \
            `-`, `@`, TAB or CR loses that `'`, which the export adds against formula injection, so an exported text comes \
            back exactly (a text that really starts with `'=` is exported as `''=` and comes back). `application/json`: an \
            array of rows (or `{"rows": [...]}`) with the API's property names; the area is its code. At most 1000 rows \
            and 64 KiB; blank rows are skipped.

            **Rows.** A row equal to the recommendation as it is is UNCHANGED, whatever its version: re-sending an applied \
            file changes nothing. A row that changes something must carry the recommendation's current `version` (its \
            ETag without quotes), else it is refused as stale. Changed texts, area, paragraph or context are an edit, \
            checked as `PUT /recommendations/{number}` checks it (a new stakeholder action re-derives the stakeholder \
            categories). A changed status must be one step of the lifecycle from the current one, as \
            `POST /recommendations/{number}/status`; the history records it with the caller as `by` and the note \
            `bulk import`. A number that does not exist creates the recommendation, as `POST /recommendations` does \
            (its version must be empty; a status other than PROPOSED must be one step from PROPOSED and is recorded as its \
            first change). A number may appear once per file.

            **Answer.** Any bad row: 422 with every bad cell in `errors` (`row`: for CSV the spreadsheet row, the header \
            being row 1 and the first recommendation row 2; for JSON the 1-based position in the array; `column`: as the \
            file names it), and nothing changed. A file that cannot be read as rows: 400. Otherwise what each row does; \
            each real change fires the same event as the single write (upserted, status-changed), once.

            `?dryRun=true` answers the same (the same 422 for a bad file) and changes nothing.""";
    private static final String CSV_EXAMPLE = "Areas of Commitment,No,Recommendation (the 'what'),Stakeholder Action (the 'how'),"
            + "A4P Para,Context (see report),Status,Version\r\n"
            + "Politics,1,\"Increase the political engagement of Member States, including through the C-34\",Member States,2,"
            + "\"Strand 1 'Politics'\",UNDER_CONSIDERATION,0\r\n";
    private static final String JSON_EXAMPLE = """
            [{"number": 1, "area": "POLITICS",
              "text": "Increase the political engagement of Member States, including through the C-34",
              "stakeholderAction": "Member States", "a4pParagraph": 2, "context": "Strand 1 'Politics'",
              "status": "UNDER_CONSIDERATION", "version": 0}]""";
    private static final String RESULT_EXAMPLE = """
            {"dryRun": false, "rows": 2, "created": 0, "changed": 1, "unchanged": 1,
             "results": [{"row": 2, "number": 1, "action": "STATUS_CHANGE", "changes": ["status"], "version": 1},
                         {"row": 3, "number": 2, "action": "UNCHANGED", "changes": [], "version": 0}]}""";
    private static final String INVALID_EXAMPLE = """
            {"type": "urn:a4p:problem:invalid-import", "title": "Invalid import", "status": 422,
             "detail": "nothing was changed: 2 problem(s) in row(s) 4, 9", "instance": "/recommendations/import",
             "errors": [{"row": 4, "column": "Status", "number": 3,
                         "message": "cannot change from PROPOSED to IMPLEMENTED; allowed: [UNDER_CONSIDERATION, NOT_ACCEPTED, SUPERSEDED]"},
                        {"row": 9, "column": "Version", "number": 8,
                         "message": "recommendation 8 is at version 3, not 2; it was changed since: export again and redo the change"}]}""";
    private static final String UNREADABLE_EXAMPLE = """
            {"type": "urn:a4p:problem:unreadable-import", "title": "Unreadable import", "status": 400,
             "detail": "nothing was changed: the header lacks the column(s) [Status]", "instance": "/recommendations/import",
             "errors": [{"row": 1, "column": null, "number": null, "message": "the header lacks the column(s) [Status]"}]}""";

    private final ImportService service;
    private final Caller caller;

    ImportResource(ImportService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRecommendations", summary = "Bulk import in the CSV export's form or as JSON: dry run, all or nothing, per-row problems",
            description = DESCRIPTION)
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", summary = "The export's columns plus Version", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ImportRow.class, maxItems = 1000),
                    examples = @ExampleObject(name = "json", summary = "One row by its API names", value = JSON_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Applied (or, on a dry run, what would be applied), row by row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "applied", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The file cannot be read as rows (empty, no rows, unknown or missing column, "
            + "a quote left open, not UTF-8, not JSON), or dryRun is not true or false; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class),
                    examples = @ExampleObject(name = "unreadable", value = UNREADABLE_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "The body is larger than 64 KiB, or has more than 1000 rows; nothing was changed")
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json")
    @APIResponse(responseCode = "422", description = "Rows break the rules; errors names every bad cell; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    public ImportResult importRecommendations(
            @Parameter(description = "true: answer what the import would do, change nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun,
            @jakarta.ws.rs.core.Context HttpHeaders headers, byte[] body) {
        boolean dry = dryRun(dryRun);
        ImportSheet sheet;
        try {
            boolean csv = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(CSV));
            sheet = csv ? RecommendationCsvReader.read(body) : ImportJsonReader.read(body);
        } catch (ImportSheet.Unreadable e) {
            throw ImportService.unreadable(e);
        }
        return service.run(sheet, dry, caller.name());
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw ImportService.unreadable(new ImportSheet.Unreadable(400, null, "dryRun", "must be true or false"));
    }
}

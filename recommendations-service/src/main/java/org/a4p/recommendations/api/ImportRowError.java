package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one row (or, for a file that cannot be read, the file) was refused. */
@Schema(name = "ImportRowError", description = "One refused cell or row of an import")
public record ImportRowError(
        @Schema(description = "CSV: the spreadsheet row (the header is row 1, the first recommendation row 2; a cell with line "
                + "breaks does not start a new row). JSON: the 1-based position in the array. Null when the whole file is "
                + "refused (an empty body)", nullable = true, examples = "4")
        Integer row,
        @Schema(description = "The column as the file names it (CSV header, or JSON property); null when the row as a whole "
                + "is wrong (its number of cells)", nullable = true, examples = "Status")
        String column,
        @Schema(description = "The recommendation's number, when the row has a valid one", nullable = true, examples = "3")
        Integer number,
        @Schema(description = "Why it was refused", examples = "cannot change from PROPOSED to IMPLEMENTED; allowed: "
                + "[UNDER_CONSIDERATION, NOT_ACCEPTED, SUPERSEDED]")
        String message) {
}

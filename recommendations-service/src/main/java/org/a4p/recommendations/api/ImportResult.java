package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer to an import and to its dry run. */
@Schema(name = "ImportResult", description = "What the import changed (or, on a dry run, would change), row by row")
public record ImportResult(
        @Schema(description = "true: nothing was changed, this is what the same file would do now") boolean dryRun,
        @Schema(description = "Rows read (blank rows are skipped)", examples = "24") int rows,
        @Schema(description = "Rows that create a recommendation", examples = "0") int created,
        @Schema(description = "Rows that change something of an existing recommendation", examples = "3") int changed,
        @Schema(description = "Rows equal to the recommendation as it is", examples = "21") int unchanged,
        @Schema(description = "One entry per row, in the file's order") List<ImportRowResult> results) {
}

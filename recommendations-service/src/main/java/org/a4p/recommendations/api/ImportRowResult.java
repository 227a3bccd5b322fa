package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import did (or, on a dry run, would do) with one row. */
@Schema(name = "ImportRowResult", description = "What the import does with one row")
public record ImportRowResult(
        @Schema(description = "The row as in ImportRowError.row", examples = "2") int row,
        @Schema(description = "The recommendation's number", examples = "3") int number,
        @Schema(description = "CREATE: a new recommendation (and, if its status is not PROPOSED, its first status change); "
                + "UPDATE: texts, area or paragraph change; STATUS_CHANGE: only the status changes; UPDATE_AND_STATUS_CHANGE: "
                + "both; UNCHANGED: the row equals the recommendation") Action action,
        @Schema(description = "The API names of the fields that change (every field for CREATE)", examples = "[\"status\"]")
        List<String> changes,
        @Schema(description = "The version after the import (one more per write: an edit and a status change of one row are two); on a dry run, the version now (null for a CREATE)",
                nullable = true, examples = "4") Long version) {

    @Schema(name = "ImportAction", description = "What the import does with a row")
    public enum Action { CREATE, UPDATE, STATUS_CHANGE, UPDATE_AND_STATUS_CHANGE, UNCHANGED }
}

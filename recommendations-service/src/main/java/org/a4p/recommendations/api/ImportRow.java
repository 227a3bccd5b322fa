package org.a4p.recommendations.api;

import org.a4p.events.RecommendationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of a JSON import: the columns of the CSV export by their API names, plus the version. Documents the
 * body; the body is read row by row (mapping.ImportJsonReader), so that a wrong type is a problem of its row.
 */
@Schema(name = "ImportRow", description = "One recommendation as it should be after the import", requiredProperties = {"number"})
public record ImportRow(
        @Schema(description = "The recommendation's number; a number that does not exist yet creates it", minimum = "1",
                maximum = "100000", examples = "3")
        Integer number,
        @Schema(description = "Area of Commitment: its code (see GET /areas) or its name as the CSV export writes it", examples = "POLITICS")
        String area,
        @Schema(description = "The recommendation, the 'what'", maxLength = 2000)
        String text,
        @Schema(description = "Who can act, the 'how'; the stakeholder categories are derived from it when it changes", maxLength = 500)
        String stakeholderAction,
        @Schema(description = "Paragraph of the A4P Declaration", minimum = "1", maximum = "99", examples = "2")
        Integer a4pParagraph,
        @Schema(description = "The report sections that give its context", maxLength = 1000)
        String context,
        @Schema(description = "The status it should have: the current one, or one step of the lifecycle from it")
        RecommendationStatus status,
        @Schema(description = "The version (ETag without quotes) the change was made against; required for a row that changes "
                + "an existing recommendation, ignored for one that changes nothing, empty for a new one",
                nullable = true, minimum = "0", examples = "0")
        Long version) {
}

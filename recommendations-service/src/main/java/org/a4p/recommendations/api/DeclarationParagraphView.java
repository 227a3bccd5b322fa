package org.a4p.recommendations.api;

import org.a4p.events.AreaCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DeclarationParagraph", description = "A paragraph of the A4P Declaration of Shared Commitments (2018) that "
        + "the report's recommendations table cites, with who cites it. The report gives its number, not its text; "
        + "neither does this")
public record DeclarationParagraphView(
        @Schema(required = true, description = "The paragraph's number in the Declaration", examples = "8") int number,
        @Schema(required = true, description = "The Areas of Commitment of the recommendations citing it, in report order",
                examples = "[\"WOMEN_PEACE_AND_SECURITY\"]") List<AreaCode> areas,
        @Schema(required = true, description = "The numbers of the report's recommendations citing it, ascending",
                examples = "[4, 5, 6]") List<Integer> recommendations) {
}

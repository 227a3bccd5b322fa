package org.a4p.recommendations.api;

import org.a4p.events.ReferenceFramework;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Framework", description = "A reference framework recommendations are read against. A4P_2018: the 8 Areas of "
        + "Commitment and the Declaration of Shared Commitments paragraphs the 2018 report cites (areas, paragraphs; no "
        + "priorities). A4P_PLUS_2021: the seven priorities and two cross-cutting themes (priorities; no areas or paragraphs).")
public record FrameworkView(
        @Schema(required = true) ReferenceFramework code,
        @Schema(required = true, examples = "Action for Peacekeeping (A4P)") String name,
        @Schema(required = true, description = "The year it was adopted or launched", examples = "2018") int year,
        @Schema(required = true) String description,
        @Schema(required = true, description = "A4P_2018: the 8 Areas of Commitment, names exactly as in the report, in its order "
                + "(as GET /areas); empty otherwise") List<AreaView> areas,
        @Schema(required = true, description = "A4P_2018: the Declaration paragraphs the report's table cites ('A4P Para'), "
                + "by number; empty otherwise") List<DeclarationParagraphView> paragraphs,
        @Schema(required = true, description = "A4P_PLUS_2021: the seven priorities, then the two cross-cutting themes; "
                + "empty otherwise") List<FrameworkPriorityView> priorities) {
}

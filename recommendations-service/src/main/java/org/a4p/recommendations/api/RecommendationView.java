package org.a4p.recommendations.api;

import org.a4p.events.A4pPlusPriority;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Recommendation", description = "One recommendation and how far its implementation has come")
public record RecommendationView(
        @Schema(description = "1..24 for the Challenges Forum 2018 report", examples = "7") int number,
        @Schema(description = "The recommendation, the 'what' (verbatim)") String text,
        @Schema(description = "Who can act, the 'how' (verbatim)", examples = "Member States Secretariat") String stakeholderAction,
        @Schema(description = "Stakeholder categories that can act, in canonical order") List<StakeholderCategory> stakeholders,
        @Schema(description = "Area of Commitment code (see GET /areas)", examples = "POLITICS") String area,
        @Schema(description = "Paragraph of the A4P Declaration of Shared Commitments it serves", examples = "6") int a4pParagraph,
        @Schema(description = "The report sections that give its context") String context,
        @Schema(description = "The day it was issued (the seeded 24: 2018-11-29, the last day of the Challenges Annual Forum 2018); "
                + "outstandingOver5Years in GET /statistics counts from it", examples = "2018-11-29") LocalDate issuedOn,
        RecommendationStatus status,
        @Schema(description = "When the status last changed (UTC)") OffsetDateTime statusChangedAt,
        @Schema(description = "Bumped by every change (a position's too); also the ETag. Send it back in If-Match.", examples = "3") long version,
        @Schema(description = "The A4P+ (2021) priorities and cross-cutting themes the secretariat mapped it to, in canonical order; "
                + "empty when none. None is seeded: no official mapping exists (see GET /frameworks/A4P_PLUS_2021)",
                examples = "[\"STRATEGIC_COMMUNICATIONS\", \"WOMEN_PEACE_AND_SECURITY\"]")
        List<A4pPlusPriority> priorities,
        @Schema(description = "One per addressee: categories in canonical order, then bodies by code") List<PositionView> positions,
        Progress progress,
        @Schema(description = "The moment this answer describes when it was asked with asOf (status, positions, progress and "
                + "priorities as recorded then; the texts as they are now); null for the present", nullable = true)
        OffsetDateTime asOf) {
}

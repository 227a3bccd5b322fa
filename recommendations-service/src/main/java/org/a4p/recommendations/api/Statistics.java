package org.a4p.recommendations.api;

import org.a4p.events.StatisticsGroupBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Statistics", description = "Acceptance and implementation rates and the recommendations outstanding for more "
        + "than 5 years, per group and in total, as of a moment (from the recorded history) or now")
public record Statistics(
        @Schema(description = "How the groups are formed: area (all 8 Areas of Commitment in the report's order, empty ones "
                + "included), stakeholder (each addressee with a position: the five categories in canonical order, always "
                + "listed, then bodies by code; a recommendation counts in the group of each of its addressees), year (each "
                + "year of issuance that has recommendations, ascending)") StatisticsGroupBy groupBy,
        @Schema(description = "The moment the figures describe when asked with asOf (statuses and positions as recorded then, "
                + "only recommendations that existed then); null for the present", nullable = true)
        OffsetDateTime asOf,
        @Schema(description = "The groups, in the order groupBy describes") List<StatisticsGroup> groups,
        @Schema(description = "All recommendations together (key TOTAL): each counted once, whatever the grouping, so with "
                + "groupBy=stakeholder it is not the sum of the groups") StatisticsGroup total) {
}

package org.a4p.recommendations.api;

import org.a4p.events.RecommendationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "HistoryEntry", description = "One status change of a recommendation")
public record HistoryEntry(
        RecommendationStatus from,
        RecommendationStatus to,
        @Schema(description = "When it changed (UTC)") OffsetDateTime at,
        @Schema(description = "Who changed it", examples = "delegation-of-sweden") String by,
        @Schema(nullable = true) String note,
        @Schema(nullable = true, examples = "https://undocs.org/en/A/73/19") String evidenceUrl) {
}

package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RecommendationPage", description = "One page of recommendations, ordered by number")
public record RecommendationPage(
        List<RecommendationView> items,
        @Schema(description = "How many recommendations match the filters, over all pages", examples = "24") long total,
        @Schema(description = "0-based page index", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size) {
}

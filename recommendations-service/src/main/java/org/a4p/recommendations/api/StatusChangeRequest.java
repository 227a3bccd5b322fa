package org.a4p.recommendations.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.RecommendationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "Move a recommendation to its next status")
public record StatusChangeRequest(
        @Schema(description = "The new status; must be allowed from the current one") @NotNull RecommendationStatus status,
        @Schema(description = "Why, for the history and the notifications", maxLength = 2000, nullable = true)
        @Size(max = 2000) String note,
        @Schema(description = "Absolute http(s) URL of the evidence", maxLength = 2000, nullable = true,
                examples = "https://undocs.org/en/A/73/19")
        @Size(max = 2000) String evidenceUrl,
        @Schema(description = "References to the evidence (UN documents by symbol, URLs; at most 20)", maxItems = 20, nullable = true)
        @Size(max = 20) java.util.List<@jakarta.validation.Valid @NotNull Evidence> evidence) {
}

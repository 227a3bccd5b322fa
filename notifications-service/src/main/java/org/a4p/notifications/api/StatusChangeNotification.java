package org.a4p.notifications.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The JSON body of a status-change webhook (and the feed payload of one). */
@Schema(name = "StatusChangeNotification", description = "Body of an org.a4p.recommendation.status-changed.v1 webhook")
public record StatusChangeNotification(
        @Schema(description = "The source event id; the same value as the X-A4P-Event-Id header") String eventId,
        @Schema(examples = "org.a4p.recommendation.status-changed.v1") String type,
        RecommendationRef recommendation,
        String previousStatus,
        String newStatus,
        String note,
        String evidenceUrl,
        String changedBy,
        OffsetDateTime changedAt) {

    @Schema(name = "RecommendationRef")
    public record RecommendationRef(int number, String area, String text,
                                    @Schema(description = "Absolute URL of the recommendation in recommendations-service") String link) {
    }
}

package org.a4p.notifications.api;

import org.a4p.events.AreaCode;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The JSON body of a status-change webhook (and the feed payload of one). */
@Schema(name = "StatusChangeNotification", description = "Body of an org.a4p.recommendation.status-changed.v1 webhook")
public record StatusChangeNotification(
        @Schema(description = "The source event id; the same value as the X-A4P-Event-Id header") String eventId,
        @Schema(enumeration = EventTypes.RECOMMENDATION_STATUS_CHANGED, description = "What this notification is (the discriminator of a feed payload)")
        String type,
        RecommendationRef recommendation,
        @Schema(implementation = RecommendationStatus.class) String previousStatus,
        @Schema(implementation = RecommendationStatus.class) String newStatus,
        @Schema(nullable = true, description = "Why, as given with the change") String note,
        @Schema(nullable = true, description = "Absolute URL of the evidence, if given") String evidenceUrl,
        @Schema(description = "The user who changed it (the token's upn, preferred_username or sub)") String changedBy,
        OffsetDateTime changedAt) {

    @Schema(name = "RecommendationRef")
    public record RecommendationRef(int number,
                                    @Schema(implementation = AreaCode.class, nullable = true,
                                            description = "Null while the recommendation is not yet known to notifications-service") String area,
                                    @Schema(nullable = true, description = "Null while the recommendation is not yet known to notifications-service") String text,
                                    @Schema(description = "Absolute URL of the recommendation in recommendations-service") String link) {
    }
}

package org.a4p.notifications.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Delivery", description = "One notification to one subscription, with every attempt made")
public record Delivery(
        long id,
        @Schema(description = "The notification id, sent as X-A4P-Event-Id") String eventId,
        @Schema(examples = "org.a4p.recommendation.status-changed.v1") String type,
        DeliveryStatus status,
        @Schema(description = "Attempts made so far (all rounds)") int attemptCount,
        @Schema(description = "When the next attempt is due (PENDING only)") OffsetDateTime nextAttemptAt,
        Integer lastHttpStatus,
        String lastError,
        OffsetDateTime createdAt,
        List<Attempt> attempts) {

    @Schema(name = "DeliveryAttempt")
    public record Attempt(OffsetDateTime at, @Schema(description = "The receiver's status; absent if no answer") Integer httpStatus,
                          @Schema(description = "Timeout or connection error, if any") String error, long durationMs) {
    }
}

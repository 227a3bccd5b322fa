package org.a4p.notifications.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Delivery", description = "One notification to one subscription, with every attempt made")
public record Delivery(
        // a string of digits, as deliveryId in the notification events: one type for the same id everywhere, and no
        // precision lost in clients whose numbers are doubles
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = ID_PATTERN, maxLength = 19,
                description = "The delivery's id: a string of digits (deliveryId of org.a4p.notification.* events)", examples = "42")
        long id,
        @Schema(description = "The notification id, sent as X-A4P-Event-Id") String eventId,
        @Schema(enumeration = {"org.a4p.recommendation.status-changed.v1", "org.a4p.briefing.v1"}) String type,
        DeliveryStatus status,
        @Schema(description = "Attempts made so far (all rounds)") int attemptCount,
        @Schema(nullable = true, description = "When the next attempt is due (PENDING only; null otherwise)") OffsetDateTime nextAttemptAt,
        @Schema(nullable = true, description = "The receiver's HTTP status at the last attempt; null before one, or when it did not answer")
        Integer lastHttpStatus,
        @Schema(nullable = true, description = "Timeout or connection error of the last attempt, if any") String lastError,
        OffsetDateTime createdAt,
        List<Attempt> attempts) {

    public static final String ID_PATTERN = "^[0-9]+$";

    @Schema(name = "DeliveryAttempt")
    public record Attempt(OffsetDateTime at,
                          @Schema(nullable = true, description = "The receiver's status; null if it did not answer") Integer httpStatus,
                          @Schema(nullable = true, description = "Timeout or connection error, if any") String error, long durationMs) {
    }
}

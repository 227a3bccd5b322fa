package org.a4p.events;

import java.time.OffsetDateTime;

/**
 * The data of {@code org.a4p.notification.delivered.v1} and {@code org.a4p.notification.failed.v1}:
 * the final outcome of one delivery of one notification to one subscription.
 */
public record NotificationOutcome(
        String deliveryId,
        String subscriptionId,
        String notificationId,
        String notificationType,
        String status,
        int attempts,
        Integer lastHttpStatus,
        String lastError,
        OffsetDateTime at) {
}

package org.a4p.notifications.model;

import java.time.OffsetDateTime;

/** How one attempt ended, and what the delivery becomes. */
public record DeliveryOutcome(ClaimedDelivery delivery, OffsetDateTime at, Integer httpStatus, String error, long durationMs,
                              DeliveryStatus newStatus, OffsetDateTime nextAttemptAt) {
}

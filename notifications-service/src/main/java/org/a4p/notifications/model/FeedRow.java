package org.a4p.notifications.model;

import java.time.OffsetDateTime;

/** One notification of a subscription's feed; {@code id} (the delivery id) is the cursor. */
public record FeedRow(long id, String notificationId, String type, OffsetDateTime createdAt, String payload) {
}

package org.a4p.notifications.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The stored payload of a digest: the status-change notifications (their payloads as sent to webhooks) that matched
 * a subscription in one period. Sent by e-mail only, so it is not part of the webhook or feed contract.
 */
public record DigestNotification(String eventId, String type, String frequency, OffsetDateTime periodStart,
                                 OffsetDateTime periodEnd, List<JsonNode> items) {
    public static final String TYPE = "org.a4p.digest.v1";
}

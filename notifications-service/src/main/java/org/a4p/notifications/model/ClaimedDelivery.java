package org.a4p.notifications.model;

import org.a4p.events.Language;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delivery claimed for sending, with everything the sender needs. The secrets are as stored (sealed);
 * {@code previousSecret} also signs until {@code previousSecretUntil} (both null if the secret was never rotated);
 * {@code traceparent} is the trace the notification was created in (null if none), continued by the webhook. An
 * e-mail delivery goes to the address in {@code target}, in {@code language}, with the (sealed) unsubscribe token.
 */
public record ClaimedDelivery(long id, UUID subscriptionId, String notificationId, String type, int roundAttempts,
                              int attempts, String target, String secret, String payload, String previousSecret,
                              OffsetDateTime previousSecretUntil, String traceparent, Channel channel, Language language,
                              String unsubscribeToken) {
    /** Never print the secret or the payload in a log line. */
    @Override
    public String toString() {
        return "ClaimedDelivery[" + id + ", " + notificationId + "]";
    }
}

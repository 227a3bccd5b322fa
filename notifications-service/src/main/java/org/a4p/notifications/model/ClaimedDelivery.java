package org.a4p.notifications.model;

import java.util.UUID;

/** A delivery claimed for sending, with everything the sender needs. */
public record ClaimedDelivery(long id, UUID subscriptionId, String notificationId, String type, int roundAttempts,
                              int attempts, String target, String secret, String payload) {
    /** Never print the secret or the payload in a log line. */
    @Override
    public String toString() {
        return "ClaimedDelivery[" + id + ", " + notificationId + "]";
    }
}

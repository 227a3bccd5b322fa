package org.a4p.notifications.model;

/** A subscription's secret as stored (sealed) and the Idempotency-Key of its last rotation (null if none). */
public record SecretState(String storedSecret, String rotationKey) {
    /** Never print the secret, even sealed. */
    @Override
    public String toString() {
        return "SecretState[rotationKey=" + rotationKey + "]";
    }
}

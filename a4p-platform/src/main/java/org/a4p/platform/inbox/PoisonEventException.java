package org.a4p.platform.inbox;

/**
 * A record that can never be processed (not JSON, not a CloudEvent, data that does not fit its type).
 * Thrown out of an {@code @Incoming} method it nacks the record, which the channel's
 * failure strategy ({@link DeadLetterPoisonOnly}) sends to {@code <topic>.dlq}; the consumer goes on.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}

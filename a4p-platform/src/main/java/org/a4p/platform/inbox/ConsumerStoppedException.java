package org.a4p.platform.inbox;

/**
 * The consumer was stopped (application shutdown) while it waited for the database: the record was not applied
 * and is not poison, so its offset must not be committed ({@link DeadLetterPoisonOnly}).
 */
public class ConsumerStoppedException extends RuntimeException {
    public ConsumerStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.a4p.notifications.service;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The backoff of every retry of a mail or webhook: exponential with full jitter, so that retries after an outage spread out. */
final class Backoff {

    private Backoff() {
    }

    /** Uniformly 0..min(max, initial * 2^(attempt-1)). */
    static Duration fullJitter(Duration initial, Duration max, int attempt) {
        long cap = Math.min(max.toMillis(), initial.toMillis() << Math.min(Math.max(attempt, 1) - 1, 30));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
    }
}

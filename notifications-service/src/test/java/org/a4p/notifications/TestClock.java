package org.a4p.notifications;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: real time plus an adjustable offset, so a test can stand days
 * before or after a session while retries and timeouts still tick normally. Replaces the platform's
 * {@code @DefaultBean} clock.
 */
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void shift(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    /** Shifts the clock until the returned handle is closed (try-with-resources), which resets it. */
    public Shifted shifted(Duration by) {
        shift(by);
        return this::reset;
    }

    public interface Shifted extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public static class Producer {
        @Produces
        @Singleton
        TestClock clock() {
            return new TestClock();
        }
    }
}

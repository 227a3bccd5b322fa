package org.a4p.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for the applications under test: real time plus an adjustable offset, so a test can stand days before or
 * after a moment (a session, a change months ago) while retries and timeouts still tick normally. A service whose tests
 * move time indexes this module in its test profile ({@code %test.quarkus.index-dependency.a4p-testing.*}): this bean
 * is then the application's {@link Clock}, replacing the platform's default bean.
 */
@Singleton
public class ShiftableClock extends Clock {

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
}

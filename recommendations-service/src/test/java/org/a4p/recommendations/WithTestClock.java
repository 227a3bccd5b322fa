package org.a4p.recommendations;

import org.a4p.testing.ShiftableClock;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;
import java.time.Instant;

/**
 * A test that moves the application's clock to stand at moments in the past. The clock goes back to real time after
 * each test, so no later test runs days off.
 */
abstract class WithTestClock {

    @Inject
    ShiftableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Stands the clock {@code daysBack} days before real time; the moment it stands at. */
    Instant at(int daysBack) {
        clock.reset();
        clock.shift(Duration.ofDays(-daysBack));
        return clock.instant();
    }
}

package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import jakarta.inject.Inject;
import org.a4p.notifications.service.DigestService;
import org.junit.jupiter.api.AfterEach;

/**
 * What a digest test stands on: the application's clock, which it shifts to a digest hour, and the digest checks it
 * waits for. The clock goes back to real time after each test, so no later test starts days ahead.
 */
abstract class WithDigestClock {

    @Inject
    ShiftableClock clock;

    @Inject
    DigestService digests;

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}

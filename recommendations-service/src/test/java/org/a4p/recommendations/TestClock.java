package org.a4p.recommendations;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.a4p.testing.ShiftableClock;

/** The application's clock in tests (real time plus an offset a test shifts); replaces the platform's {@code @DefaultBean} clock. */
public class TestClock extends ShiftableClock {

    public static class Producer {
        @Produces
        @Singleton
        TestClock clock() {
            return new TestClock();
        }
    }
}

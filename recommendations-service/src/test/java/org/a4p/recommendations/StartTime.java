package org.a4p.recommendations;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.time.Instant;

/** When the application under test started (test source: tells a restarted application from a first start). */
@Singleton
public class StartTime {

    private Instant startedAt;

    void onStart(@Observes StartupEvent ignored) {
        startedAt = Instant.now();
    }

    public Instant startedAt() {
        return startedAt;
    }
}

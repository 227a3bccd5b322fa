package org.a4p.stakeholders;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Replaces the platform's system clock in tests, so time-stamped output (DTSTAMP) is exactly checkable. */
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-01-15T08:30:05Z");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}

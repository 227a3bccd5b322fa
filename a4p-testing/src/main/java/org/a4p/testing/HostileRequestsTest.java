package org.a4p.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * The hostile-input battery as every service runs it: a {@code @QuarkusTest} subclass names its database and the
 * tables no refused request may change, and declares two static factories, {@code cases()} (the requests written
 * for its own rules) and {@code generated()} ({@link HostileBattery} over its operations). JUnit finds both in
 * the subclass. A service that writes outbox events on its own schedule (a sender's delivery outcomes) names their
 * types, so that the comparison does not depend on what earlier test classes left in flight.
 */
public abstract class HostileRequestsTest {

    private final String database;
    private final List<String> tables;
    private final List<String> background;

    protected HostileRequestsTest(String database, List<String> tables) {
        this(database, tables, List.of());
    }

    protected HostileRequestsTest(String database, List<String> tables, List<String> backgroundEventTypes) {
        this.database = database;
        this.tables = tables;
        this.background = backgroundEventTypes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedAsAProblemAndChangesNothing(HostileRequest request) {
        request.assertRefused(database, tables, background);
    }

    /** Issue 12: every operation of the service times every hostile value. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void generatedHostileRequestIsRefusedAsAProblemAndChangesNothing(HostileRequest request) {
        request.assertRefused(database, tables, background);
    }
}

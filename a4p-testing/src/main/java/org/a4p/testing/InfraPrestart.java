package org.a4p.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Forks the test infrastructure as the test JVM's JUnit session opens, beside whatever comes before the first test
 * (Quarkus builds the test application while it discovers the test classes: about 8 s, after which the first
 * {@code @QuarkusTest} used to start PostgreSQL and Kafka, about 4 s more, and only then the application). Only
 * where {@code a4p.infra.prestart} is {@code true} (the parent pom sets it for surefire; a module whose tests need no
 * servers turns it off). The first test that needs the servers waits for this start instead of making its own; a
 * start that failed here is tried again by that test, which then reports the failure.
 */
public final class InfraPrestart implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("a4p.infra.prestart")) {
            return;
        }
        Thread start = new Thread(() -> {
            try {
                TestInfra.ensureStarted();
            } catch (RuntimeException e) {
                System.out.println("[infra] start ahead of the tests failed (the first test that needs it tries again): " + e);
            }
        }, "a4p-infra-prestart");
        start.setDaemon(true);
        start.start();
    }
}

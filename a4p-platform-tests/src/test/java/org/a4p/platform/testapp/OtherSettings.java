package org.a4p.platform.testapp;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The settings of the classes that need other values than the test profile: one shared profile, since Quarkus
 * builds and starts the application anew for each distinct profile (about ten seconds each). Each value matters to
 * one class and is harmless to the other.
 */
public class OtherSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // WriteRateLimitTest: a limit low enough to reach (6 a minute, a burst of 3); ReplicaWakeUpTest writes
                // through the outbox, not over HTTP
                "a4p.rate-limit.writes-per-minute", "6",
                "a4p.rate-limit.burst", "3",
                // ReplicaWakeUpTest: only a wake-up, not the relay's poll, can publish within the test's 30 s
                "a4p.outbox.poll-interval", "120s");
    }
}

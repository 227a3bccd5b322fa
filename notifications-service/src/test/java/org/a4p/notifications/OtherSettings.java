package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The settings of the classes that need other values than the test profile, or a restarted application: one shared
 * profile, since Quarkus starts the application anew for each distinct profile. Each value matters to one class
 * and is harmless to the others.
 */
public class OtherSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // BriefingAfterRestartTest: checks follow each other quickly after the restart
                "a4p.briefings.interval", "1s",
                // QuotaTest: a quota small enough to reach
                "a4p.subscriptions.max-per-delegation", "3",
                // MailOutageTest: enough attempts (100..400 ms apart) to outlast the mail server's outage
                "a4p.delivery.max-attempts", "50");
    }
}

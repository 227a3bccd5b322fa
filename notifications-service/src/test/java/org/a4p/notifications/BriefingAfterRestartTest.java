package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.a4p.notifications.service.BriefingService;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The same briefing check as in {@link BriefingTest}, in an application started anew (another profile). */
@QuarkusTest
@TestProfile(BriefingAfterRestartTest.Restarted.class)
class BriefingAfterRestartTest {

    /** A different profile makes Quarkus stop the application and start it again. */
    public static class Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("a4p.briefings.interval", "1s");
        }
    }

    @Inject
    BriefingService briefings;

    @Test
    void briefingIsSentOnceAcrossARestart() throws Exception {
        RestartFixture.briefOnceAcrossRestart(getClass().getSimpleName(), briefings);
    }
}

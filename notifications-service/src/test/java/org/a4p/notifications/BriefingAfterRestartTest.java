package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.a4p.notifications.service.BriefingService;
import org.junit.jupiter.api.Test;

/** The same briefing check as in {@link BriefingTest}, in an application started anew (another profile). */
@QuarkusTest
@TestProfile(OtherSettings.class) // another profile than BriefingTest's: Quarkus starts the application anew
class BriefingAfterRestartTest {

    @Inject
    BriefingService briefings;

    @Test
    void briefingIsSentOnceAcrossARestart() throws Exception {
        RestartFixture.briefOnceAcrossRestart(getClass().getSimpleName(), briefings);
    }
}

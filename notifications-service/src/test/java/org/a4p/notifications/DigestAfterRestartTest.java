package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.a4p.notifications.service.DigestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily digest of {@link DigestTest}, in an application started anew (another profile). */
@QuarkusTest
@TestProfile(OtherSettings.class)
class DigestAfterRestartTest {

    @Inject
    TestClock clock;

    @Inject
    DigestService digests;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDailyDigestIsSentOnceAcrossARestart() {
        DigestRestartFixture.digestOnceAcrossRestart(getClass().getSimpleName(), clock, digests);
    }
}

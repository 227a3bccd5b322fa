package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The daily digest of {@link DigestTest}, in an application started anew (another profile). */
@QuarkusTest
@TestProfile(OtherSettings.class)
class DigestAfterRestartTest extends WithDigestClock {

    @Test
    void aDailyDigestIsSentOnceAcrossARestart() {
        DigestRestartFixture.digestOnceAcrossRestart(getClass().getSimpleName(), clock, digests);
    }
}

package org.a4p.notifications;

import org.a4p.notifications.service.DigestService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.awaitility.Awaitility.await;

/** Steps of the digest tests. */
final class DigestChecks {

    /** The digest hour of application.properties (UTC). */
    static final int DIGEST_HOUR = 6;

    private DigestChecks() {
    }

    /** Waits until a digest check started after this call has run to its end. */
    static void awaitACheckAfterNow(DigestService digests) {
        long before = digests.completedChecks();
        // the check running now may have read the clock before the call: the next one surely reads it after
        await().atMost(Duration.ofSeconds(30)).until(() -> digests.completedChecks() >= before + 2);
    }

    /** How far to shift the test clock (from real time) to stand at {@code day}, {@code minutes} after the digest hour. */
    static Duration shiftTo(LocalDate day, int minutes) {
        OffsetDateTime target = day.atTime(DIGEST_HOUR, 0).plusMinutes(minutes).atOffset(ZoneOffset.UTC);
        return Duration.between(OffsetDateTime.now(ZoneOffset.UTC), target);
    }
}

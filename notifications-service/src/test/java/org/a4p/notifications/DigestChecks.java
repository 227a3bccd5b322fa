package org.a4p.notifications;

import org.a4p.notifications.service.DigestService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Steps of the digest tests. */
final class DigestChecks {

    /** The digest hour of application.properties (UTC). */
    static final int DIGEST_HOUR = 6;

    private DigestChecks() {
    }

    /**
     * Returns once a digest check that began after this call has run to its end (one run here, as another replica's
     * would run), and the scheduled check that may have been running at the call, with the clock read before it, has
     * ended too: as {@link BriefingChecks#awaitACheckAfterNow}.
     */
    static void awaitACheckAfterNow(DigestService digests) {
        BriefingChecks.awaitACheckAfterNow(digests::completedChecks, digests::check);
    }

    /** How far to shift the test clock (from real time) to stand at {@code day}, {@code minutes} after the digest hour. */
    static Duration shiftTo(LocalDate day, int minutes) {
        OffsetDateTime target = day.atTime(DIGEST_HOUR, 0).plusMinutes(minutes).atOffset(ZoneOffset.UTC);
        return Duration.between(OffsetDateTime.now(ZoneOffset.UTC), target);
    }
}

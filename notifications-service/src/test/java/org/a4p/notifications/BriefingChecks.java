package org.a4p.notifications;

import org.a4p.testing.Sql;
import org.a4p.notifications.service.BriefingService;

import java.time.Duration;
import java.util.function.LongSupplier;

import static org.awaitility.Awaitility.await;

/**
 * Proof that the briefing check ran, for tests that conclude "nothing (more) was briefed": without it,
 * such a test passes as well when the check never runs at all.
 */
final class BriefingChecks {

    private BriefingChecks() {
    }

    /**
     * Returns once a check that began after this call has run to its end: one run here, in the caller's thread (as
     * another replica's check would run beside the scheduled one). The scheduled check that may be running at the call
     * read the database before the caller's last change; it is waited for as well, so that it writes nothing after the
     * caller looks. (Quarkus's scheduler fires at most once a second whatever the interval, so waiting for two
     * scheduled checks took about two seconds each time.)
     */
    static void awaitACheckAfterNow(BriefingService briefings) {
        awaitACheckAfterNow(briefings::completedChecks, briefings::check);
    }

    /** As {@link #awaitACheckAfterNow(BriefingService)}, for any check with a count of scheduled runs completed. */
    static void awaitACheckAfterNow(LongSupplier completedChecks, Runnable check) {
        long seen = completedChecks.getAsLong();
        check.run();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> completedChecks.getAsLong() >= seen + 1);
    }

    /** Briefing deliveries of one session to one subscription, as the database holds them. */
    static long deliveries(String subscriptionId, String sessionId) throws Exception {
        return Sql.number("notifications", """
                SELECT count(*) FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.subscription_id = ?::uuid AND n.type = 'org.a4p.briefing.v1'
                  AND n.payload::jsonb #>> '{session,id}' = ?""", subscriptionId, sessionId);
    }
}

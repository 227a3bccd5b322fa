package org.a4p.notifications;

import org.a4p.testing.Sql;
import org.a4p.notifications.service.BriefingService;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Proof that the briefing check ran, for tests that conclude "nothing (more) was briefed": without it,
 * such a test passes as well when the check never runs at all.
 */
final class BriefingChecks {

    private BriefingChecks() {
    }

    /**
     * Returns once two checks have completed after this call. The one running at the call may have
     * read the database before the caller's last change; the second started after the call, so it saw it.
     */
    static void awaitACheckAfterNow(BriefingService briefings) {
        long seen = briefings.completedChecks();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> briefings.completedChecks() >= seen + 2);
    }

    /** Briefing deliveries of one session to one subscription, as the database holds them. */
    static long deliveries(String subscriptionId, String sessionId) throws Exception {
        return Sql.number("notifications", """
                SELECT count(*) FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.subscription_id = ?::uuid AND n.type = 'org.a4p.briefing.v1'
                  AND n.payload::jsonb #>> '{session,id}' = ?""", subscriptionId, sessionId);
    }
}

package org.a4p.notifications.repository;

import org.a4p.platform.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.DigestFrequency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What waits for a subscription's digest, and the periods whose digest was made. */
@ApplicationScoped
public class DigestRepository {

    public record Due(UUID subscription, DigestFrequency frequency) {
    }

    private final Db db;

    DigestRepository(Db db) {
        this.db = db;
    }

    /** Confirmed digest subscriptions whose current period ({@code dailyStart} or {@code weeklyStart}) is not handled yet. */
    public List<Due> due(OffsetDateTime dailyStart, OffsetDateTime weeklyStart) {
        return db.query("""
                SELECT s.id, s.digest FROM subscription s
                WHERE s.confirmed AND s.digest <> 'NONE'
                  AND NOT EXISTS (SELECT 1 FROM digest_period p WHERE p.subscription_id = s.id
                      AND p.period_start = CASE s.digest WHEN 'DAILY' THEN ?::timestamptz ELSE ?::timestamptz END)
                ORDER BY s.created_at, s.id""",
                rs -> new Due(rs.getObject("id", UUID.class), DigestFrequency.valueOf(rs.getString("digest"))),
                dailyStart, weeklyStart);
    }

    /**
     * Claims a period for a subscription; false if it was claimed already (by an earlier run, another replica or before
     * a restart): the primary key (subscription, period start) lets only one transaction ever have it.
     */
    public boolean claimPeriod(UUID subscription, OffsetDateTime start, OffsetDateTime end, OffsetDateTime now) {
        return db.update("""
                INSERT INTO digest_period (subscription_id, period_start, period_end, items, created_at)
                VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING""", subscription, start, end, now) == 1;
    }

    /**
     * Takes for the digest {@code digestId} every item of the subscription that came before {@code end} and no digest
     * took yet (also those of periods missed while the service was down), oldest first.
     *
     * @return the payloads of their notifications
     */
    public List<String> take(UUID subscription, OffsetDateTime end, String digestId) {
        return db.query("""
                WITH taken AS (
                    UPDATE digest_item SET digest_id = ?
                    WHERE subscription_id = ? AND digest_id IS NULL AND created_at < ?
                    RETURNING notification_id, created_at)
                SELECT n.payload FROM taken JOIN notification n ON n.id = taken.notification_id
                ORDER BY taken.created_at, n.id""", rs -> rs.getString(1), digestId, subscription, end);
    }

    public void recordDigest(UUID subscription, OffsetDateTime start, String notificationId, int items) {
        db.update("UPDATE digest_period SET notification_id = ?, items = ? WHERE subscription_id = ? AND period_start = ?",
                notificationId, items, subscription, start);
    }
}

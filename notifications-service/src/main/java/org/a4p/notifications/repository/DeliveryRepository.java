package org.a4p.notifications.repository;

import org.a4p.platform.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.Language;
import org.a4p.notifications.model.Channel;
import org.a4p.notifications.model.ClaimedDelivery;
import org.a4p.notifications.model.DigestNotification;
import org.a4p.notifications.model.Delivery;
import org.a4p.notifications.model.DeliveryOutcome;
import org.a4p.notifications.model.DeliveryStatus;
import org.a4p.notifications.model.FeedRow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Notifications, their deliveries (one per subscription) and the attempts made. */
@ApplicationScoped
public class DeliveryRepository {

    /**
     * Taken (transaction-scoped) by every transaction that creates deliveries, so delivery ids are
     * assigned in commit order: a feed reader who got cursor N can never later miss an id below N.
     */
    private static final long FEED_ORDER_LOCK = 0x0A4B_0002L;

    private final Db db;

    DeliveryRepository(Db db) {
        this.db = db;
    }

    public void lockFeedOrder() {
        db.query("SELECT pg_advisory_xact_lock(?)", rs -> Boolean.TRUE, FEED_ORDER_LOCK);
    }

    /**
     * @param traceparent the trace context the notification's webhooks continue (null: none)
     * @return true if the notification is new; an existing one keeps its original payload, id and trace
     */
    public boolean insertNotification(String id, String type, String payload, OffsetDateTime now, String traceparent) {
        return db.update("""
                INSERT INTO notification (id, type, payload, created_at, traceparent) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", id, type, payload, now, traceparent) == 1;
    }

    /**
     * A subscription matches a status change if any filter matches (number, area, one of the recommendation's
     * categories, or a body of one of those categories) or if it has no filter at all; it is told only once
     * confirmed (e-mail). Parameters: number, area, categories, categories.
     * <p>
     * Every test is an array containment or overlap ({@code @>}, {@code &&}), which the subscription table's GIN
     * indexes answer (V11), and the bodies of those categories are looked up once per statement, not once per
     * subscription: with tens of thousands of subscriptions the per-row lookup made each change cost PostgreSQL
     * several milliseconds of CPU (issue 17's write path).
     */
    private static final String MATCHES_STATUS_CHANGE = """
            s.confirmed AND ((cardinality(s.recommendations) = 0 AND cardinality(s.areas) = 0
                   AND cardinality(s.stakeholders) = 0 AND cardinality(s.bodies) = 0)
               OR s.recommendations @> ARRAY[?::integer]
               OR s.areas @> ARRAY[?::text]
               OR s.stakeholders && ?::text[]
               OR s.bodies && ARRAY(SELECT b.code::text FROM stakeholder b WHERE b.category = ANY (?::text[])))""";

    /**
     * One PENDING delivery for every matching subscription that is told at once, in one statement; those that take
     * digests get a digest item instead, sent with their next digest.
     */
    public int fanOutStatusChange(String notificationId, int number, String area, List<String> categories,
                                  OffsetDateTime now) {
        lockFeedOrder();
        String[] cats = categories.toArray(String[]::new);
        db.update("""
                INSERT INTO digest_item (subscription_id, notification_id, created_at)
                SELECT s.id, ?, ? FROM subscription s WHERE s.digest <> 'NONE' AND\s""" + MATCHES_STATUS_CHANGE + """
                 ON CONFLICT DO NOTHING""", notificationId, now, number, area, cats, cats);
        return db.update("""
                INSERT INTO delivery (subscription_id, notification_id, status, next_attempt_at, created_at, updated_at)
                SELECT s.id, ?, 'PENDING', ?, ?, ? FROM subscription s WHERE s.digest = 'NONE' AND\s""" + MATCHES_STATUS_CHANGE + """
                 ORDER BY s.created_at, s.id
                ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING""",
                notificationId, now, now, now, number, area, cats, cats);
    }

    /**
     * A PENDING delivery of a position change to every subscription that follows it: one without filters, or that
     * names the recommendation or its area, or follows the addressee (a category in {@code stakeholders}, a body in
     * {@code bodies}), or follows a body of that category, or a category that body acts for. Webhook subscriptions
     * only: e-mails (alerts and digests) carry status changes and briefings, not position changes yet.
     */
    public int fanOutPositionChange(String notificationId, int number, String area, String stakeholder, OffsetDateTime now) {
        lockFeedOrder();
        return db.update("""
                INSERT INTO delivery (subscription_id, notification_id, status, next_attempt_at, created_at, updated_at)
                SELECT s.id, ?, 'PENDING', ?, ?, ? FROM subscription s
                WHERE s.channel = 'WEBHOOK' AND s.confirmed
                  AND ((cardinality(s.recommendations) = 0 AND cardinality(s.areas) = 0
                       AND cardinality(s.stakeholders) = 0 AND cardinality(s.bodies) = 0)
                   OR s.recommendations @> ARRAY[?::integer]
                   OR s.areas @> ARRAY[?::text]
                   OR s.stakeholders @> ARRAY[?::text]
                   OR s.bodies @> ARRAY[?::text]
                   OR s.bodies && ARRAY(SELECT b.code::text FROM stakeholder b WHERE b.category = ?::text)
                   OR s.stakeholders && ARRAY(SELECT b.category::text FROM stakeholder b WHERE b.code = ?::text))
                ORDER BY s.created_at, s.id
                ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING""",
                notificationId, now, now, now, number, area, stakeholder, stakeholder, stakeholder, stakeholder);
    }

    /** A PENDING delivery of a briefing to each given subscription (those it already reached are skipped). */
    public int fanOut(String notificationId, List<UUID> subscriptions, OffsetDateTime now) {
        lockFeedOrder();
        return db.update("""
                INSERT INTO delivery (subscription_id, notification_id, status, next_attempt_at, created_at, updated_at)
                SELECT s, ?, 'PENDING', ?, ?, ? FROM unnest(?::uuid[]) AS s
                ON CONFLICT ON CONSTRAINT delivery_once DO NOTHING""",
                notificationId, now, now, now, subscriptions.stream().map(UUID::toString).toArray(String[]::new));
    }

    /**
     * Claims up to {@code limit} due deliveries: SKIP LOCKED lets several senders (or replicas) work
     * side by side, and pushing next_attempt_at to {@code leaseUntil} keeps a claimed row from being
     * claimed again while its request is in flight (after a crash it becomes due again then). The claimed ids are
     * an array, not a CTE to join: the planner then finds them by primary key instead of hashing the whole delivery
     * table (which only grows) for every claim.
     */
    public List<ClaimedDelivery> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return db.query("""
                UPDATE delivery d SET next_attempt_at = ?
                FROM subscription s, notification n
                WHERE d.id = ANY (ARRAY(
                        SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED))
                  AND s.id = d.subscription_id AND n.id = d.notification_id
                RETURNING d.id, d.subscription_id, d.notification_id, n.type, d.round_attempts, d.attempts,
                          s.target, s.secret, n.payload, s.previous_secret, s.previous_secret_until, n.traceparent,
                          s.channel, s.language, s.unsubscribe_token""",
                rs -> new ClaimedDelivery(rs.getLong("id"), rs.getObject("subscription_id", UUID.class),
                        rs.getString("notification_id"), rs.getString("type"), rs.getInt("round_attempts"),
                        rs.getInt("attempts"), rs.getString("target"), rs.getString("secret"), rs.getString("payload"),
                        rs.getString("previous_secret"), rs.getObject("previous_secret_until", OffsetDateTime.class),
                        rs.getString("traceparent"),
                        Channel.valueOf(rs.getString("channel")), Language.valueOf(rs.getString("language")),
                        rs.getString("unsubscribe_token")),
                leaseUntil, now, limit);
    }

    /**
     * Records a batch of attempts and the resulting states (deliveries deleted meanwhile are skipped), one statement
     * for the whole batch: the attempts inserted, the deliveries updated, as many rows as 500 single statements.
     *
     * @return for each outcome, whether its delivery was updated
     */
    public boolean[] record(List<DeliveryOutcome> outcomes) {
        boolean[] updated = new boolean[outcomes.size()];
        int from = 0;
        while (from < outcomes.size()) {
            // one statement updates a row once: an outcome of a delivery already in this part starts the next part,
            // which then sees the first outcome's state (as row-by-row statements would)
            Set<Long> ids = new HashSet<>();
            int to = from;
            while (to < outcomes.size() && ids.add(outcomes.get(to).delivery().id())) {
                to++;
            }
            Set<Long> changed = recordDistinct(outcomes.subList(from, to));
            for (int i = from; i < to; i++) {
                updated[i] = changed.contains(outcomes.get(i).delivery().id());
            }
            from = to;
        }
        return updated;
    }

    private Set<Long> recordDistinct(List<DeliveryOutcome> outcomes) {
        int n = outcomes.size();
        Long[] ids = new Long[n];
        String[] at = new String[n];
        String[] status = new String[n];
        Integer[] httpStatus = new Integer[n];
        String[] error = new String[n];
        Long[] durationMs = new Long[n];
        String[] nextAttemptAt = new String[n];
        for (int i = 0; i < n; i++) {
            DeliveryOutcome o = outcomes.get(i);
            ids[i] = o.delivery().id();
            at[i] = o.at().toString();
            status[i] = o.newStatus().name();
            httpStatus[i] = o.httpStatus();
            error[i] = o.error();
            durationMs[i] = o.durationMs();
            nextAttemptAt[i] = o.nextAttemptAt() == null ? null : o.nextAttemptAt().toString();
        }
        // unnest in FROM, not in a CTE: the planner then looks each id up in the primary key (a CTE's unknown size
        // made it scan the whole table for every batch)
        db.update("""
                INSERT INTO delivery_attempt (delivery_id, at, http_status, error, duration_ms)
                SELECT o.id, o.at::timestamptz, o.http_status, o.error, o.duration_ms
                FROM unnest(?::bigint[], ?::text[], ?::integer[], ?::text[], ?::bigint[])
                     WITH ORDINALITY AS o(id, at, http_status, error, duration_ms, n)
                WHERE EXISTS (SELECT 1 FROM delivery WHERE id = o.id) ORDER BY o.n""",
                ids, at, httpStatus, error, durationMs);
        return new HashSet<>(db.query("""
                UPDATE delivery d SET status = o.status, next_attempt_at = o.next_attempt_at::timestamptz,
                    last_http_status = o.http_status, last_error = o.error, updated_at = o.at::timestamptz,
                    attempts = d.attempts + 1, round_attempts = d.round_attempts + 1
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::integer[], ?::text[], ?::text[])
                     AS o(id, at, status, http_status, error, next_attempt_at)
                WHERE d.id = o.id AND d.status = 'PENDING'
                RETURNING d.id""", rs -> rs.getLong(1), ids, at, status, httpStatus, error, nextAttemptAt));
    }

    /** A FAILED delivery becomes PENDING again, due now, with a fresh round of attempts. */
    public boolean rearm(UUID subscriptionId, long deliveryId, OffsetDateTime now) {
        return db.update("""
                UPDATE delivery SET status = 'PENDING', next_attempt_at = ?, round_attempts = 0, updated_at = ?
                WHERE id = ? AND subscription_id = ? AND status = 'FAILED'""",
                now, now, deliveryId, subscriptionId) == 1;
    }

    public Optional<DeliveryStatus> status(UUID subscriptionId, long deliveryId) {
        return db.one("SELECT status FROM delivery WHERE id = ? AND subscription_id = ?",
                rs -> DeliveryStatus.valueOf(rs.getString(1)), deliveryId, subscriptionId);
    }

    /** Deliveries of a subscription, newest first, with their attempts. */
    public List<Delivery> list(UUID subscriptionId, Long deliveryId, int limit) {
        Map<Long, List<Delivery.Attempt>> attempts = new LinkedHashMap<>();
        List<Delivery> rows = db.query("""
                SELECT d.*, n.type FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.subscription_id = ? AND (?::bigint IS NULL OR d.id = ?) ORDER BY d.id DESC LIMIT ?""",
                rs -> {
                    long id = rs.getLong("id");
                    List<Delivery.Attempt> list = attempts.computeIfAbsent(id, k -> new ArrayList<>());
                    DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
                    return new Delivery(id, rs.getString("notification_id"), rs.getString("type"), status,
                            rs.getInt("attempts"),
                            status == DeliveryStatus.PENDING ? rs.getObject("next_attempt_at", OffsetDateTime.class) : null,
                            (Integer) rs.getObject("last_http_status"), rs.getString("last_error"),
                            rs.getObject("created_at", OffsetDateTime.class), list);
                }, subscriptionId, deliveryId, deliveryId, limit);
        if (!rows.isEmpty()) {
            db.query("SELECT * FROM delivery_attempt WHERE delivery_id = ANY (?) ORDER BY id",
                    rs -> attempts.get(rs.getLong("delivery_id")).add(new Delivery.Attempt(
                            rs.getObject("at", OffsetDateTime.class), (Integer) rs.getObject("http_status"),
                            rs.getString("error"), rs.getLong("duration_ms"))),
                    (Object) attempts.keySet().toArray(Long[]::new));
        }
        return rows;
    }

    public List<FeedRow> feed(UUID subscriptionId, long after, int limit) {
        return db.query("""
                SELECT d.id, d.notification_id, n.type, n.created_at, n.payload
                FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.subscription_id = ? AND d.id > ? AND n.type <> ? ORDER BY d.id LIMIT ?""",
                rs -> new FeedRow(rs.getLong("id"), rs.getString("notification_id"), rs.getString("type"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("payload")),
                subscriptionId, after, DigestNotification.TYPE, limit);
    }
}

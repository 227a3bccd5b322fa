package org.a4p.notifications.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.events.StakeholderCategory;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.mapping.NotificationBodies;
import org.a4p.platform.db.Db;
import org.a4p.notifications.model.Position;
import org.a4p.notifications.model.Recommendation;
import org.a4p.notifications.model.Stakeholder;
import org.a4p.notifications.model.StatusChange;
import org.a4p.notifications.repository.ReadModelRepository;
import org.a4p.notifications.model.Session;
import org.a4p.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pre-session briefings. The check runs at start-up (so alerts that fell due while the service was
 * down go out then) and on a schedule, and creates, for each session of a followed body
 * and each lead time that has come (startsOn - leadDays <= today <= startsOn), one delivery per
 * subscription. The notification id is derived from (session id, startsOn, leadDays): a repeated
 * check finds it already delivered, a rescheduled session gets a new id (re-armed), and a cancelled
 * session is no longer in the read model, so it gets none.
 */
@ApplicationScoped
public class BriefingService {

    private static final Logger LOG = Logger.getLogger(BriefingService.class);

    private final ReadModelRepository readModels;
    private final NotificationService notifications;
    private final Db db;
    private final Clock clock;
    private final AtomicLong completedChecks = new AtomicLong();

    BriefingService(ReadModelRepository readModels, NotificationService notifications, Db db, Clock clock) {
        this.readModels = readModels;
        this.notifications = notifications;
        this.db = db;
        this.clock = clock;
    }

    public Briefing onDemand(String sessionId) {
        Session session = readModels.session(sessionId)
                .orElseThrow(() -> ProblemException.notFound("no session " + sessionId));
        return build(session);
    }

    /**
     * For a session still ahead, the present: current statuses and positions, changes since the previous session's start.
     * For one that has started (its first day, 00:00 UTC, has come), what was true at that start: statuses and positions
     * from the recorded history, and only the changes between the two sessions' starts, so a briefing read later agrees
     * with the one the delegates got.
     */
    Briefing build(Session s) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime start = s.startsOn().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime asOf = start.isAfter(now) ? null : start;
        String category = readModels.stakeholder(s.body()).map(Stakeholder::category)
                .orElse(StakeholderCategory.fromCode(s.body()) == null ? null : s.body());
        List<Recommendation> recommendations =
                category == null ? List.of() : readModels.recommendationsFor(category);
        List<Integer> numbers = recommendations.stream().map(Recommendation::number).toList();
        if (asOf != null) {
            Map<Integer, String> then = readModels.statusesAsOf(numbers, asOf);
            recommendations = recommendations.stream().map(r -> r.withStatus(then.getOrDefault(r.number(), r.status()))).toList();
        }
        Optional<Session> previous = readModels.previousSession(s);
        List<StatusChange> changes = readModels.changes(numbers,
                previous.map(p -> p.startsOn().atStartOfDay().atOffset(ZoneOffset.UTC)).orElse(null), asOf);
        return NotificationBodies.briefing(s, category, previous, previous.flatMap(p -> readModels.outcome(p.id())), asOf,
                recommendations, ownPositions(s.body(), category, numbers, asOf), changes,
                notifications::recommendationLink, now.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The meeting body's own position on each recommendation: the body's, if one was recorded for it, else its
     * category's (a recommendation names the category, so without any event it is the initial pending one); none
     * when that position was removed. With {@code asOf}, as they were just before that moment.
     */
    private Map<Integer, Position> ownPositions(String body, String category, List<Integer> numbers, OffsetDateTime asOf) {
        Map<Integer, Position> own = new HashMap<>();
        Map<Integer, Position> ofBody = positionsOf(body, numbers, asOf);
        Map<Integer, Position> ofCategory = category == null ? Map.of() : positionsOf(category, numbers, asOf);
        for (int number : numbers) {
            Position p = ofBody.get(number);
            if (p == null || p.removed()) {
                p = ofCategory.getOrDefault(number, Position.initial(number, category));
            }
            if (!p.removed()) {
                own.put(number, p);
            }
        }
        return own;
    }

    private Map<Integer, Position> positionsOf(String stakeholder, List<Integer> numbers, OffsetDateTime asOf) {
        return asOf == null ? readModels.positionsOf(stakeholder, numbers) : readModels.positionsOf(stakeholder, numbers, asOf);
    }

    private record Due(String sessionId, LocalDate startsOn, int days, String notificationId, List<UUID> subscriptions) {
    }

    /** Alerts that fell due while the service was down go out now, not one interval later. */
    void onStart(@Observes StartupEvent ignored) {
        scheduledCheck();
    }

    @Scheduled(every = "${a4p.briefings.interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        try {
            check();
            completedChecks.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warnf("briefing check failed, next run retries: %s", e.getMessage());
        }
    }

    /**
     * Checks run to the end since this application started (the start-up check included). Lets a test
     * (or an operator) tell that a check really ran after a given moment, e.g. before concluding that
     * nothing was due.
     */
    public long completedChecks() {
        return completedChecks.get();
    }

    /** @return briefing deliveries created */
    public int check() {
        LocalDate today = LocalDate.now(clock);
        // Subscriptions follow a session's body by its code, by its category, or by having no filter at all; an e-mail
        // subscription only once confirmed. Briefings go at once, also to subscriptions that take digests.
        List<Due> due = db.query("""
                SELECT se.id AS session_id, se.starts_on, d.days,
                       md5('briefing|' || se.id || '|' || se.starts_on::text || '|' || d.days)::uuid::text AS notification_id,
                       array_agg(s.id::text ORDER BY s.created_at, s.id) AS subscriptions
                FROM subscription s
                CROSS JOIN LATERAL unnest(s.lead_days) AS d(days)
                JOIN session se ON se.starts_on >= ?::date AND se.starts_on - d.days <= ?::date
                LEFT JOIN stakeholder b ON b.code = se.body
                WHERE s.confirmed AND (se.body = ANY (s.bodies)
                       OR COALESCE(b.category, se.body) = ANY (s.stakeholders)
                       OR (cardinality(s.recommendations) = 0 AND cardinality(s.areas) = 0
                           AND cardinality(s.stakeholders) = 0 AND cardinality(s.bodies) = 0))
                  AND NOT EXISTS (SELECT 1 FROM delivery dl WHERE dl.subscription_id = s.id
                      AND dl.notification_id = md5('briefing|' || se.id || '|' || se.starts_on::text || '|' || d.days)::uuid::text)
                GROUP BY se.id, se.starts_on, d.days
                ORDER BY se.starts_on, se.id, d.days DESC""",
                rs -> new Due(rs.getString("session_id"), rs.getObject("starts_on", LocalDate.class), rs.getInt("days"), rs.getString("notification_id"),
                        Db.strings(rs, "subscriptions").stream().map(UUID::fromString).toList()),
                today, today);
        int created = 0;
        for (Due d : due) {
            // a session rescheduled since the query above is left to the next run (its id has changed)
            created += QuarkusTransaction.requiringNew().call(() -> readModels.session(d.sessionId())
                    .filter(s -> s.startsOn().equals(d.startsOn()))
                    .map(s -> notifications.briefing(d.notificationId(), build(s).asWebhook(d.notificationId(), d.days()),
                            d.subscriptions()))
                    .orElse(0));
        }
        if (created > 0) {
            LOG.infof("briefing check: %d briefing deliveries created", created);
        }
        return created;
    }
}

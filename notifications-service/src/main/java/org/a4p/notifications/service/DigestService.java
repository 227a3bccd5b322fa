package org.a4p.notifications.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.DigestFrequency;
import org.a4p.notifications.config.MailConfig;
import org.a4p.notifications.model.DigestNotification;
import org.a4p.notifications.repository.DeliveryRepository;
import org.a4p.notifications.repository.DigestRepository;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Digests. A DAILY subscription's period is a UTC day, a WEEKLY one's an ISO week (Monday 00:00 UTC to Monday); the
 * digest of the period that just ended is made at {@code a4p.mail.digest-hour} (UTC) of the next day (of the next
 * Monday), by a check that runs every {@code a4p.mail.check-interval} and at start-up, on the injectable clock. Each
 * (subscription, period) is claimed once in the database, in the transaction that makes its digest notification and
 * delivery, so a digest goes out once per period across restarts and replicas; an empty period claims its row and
 * sends nothing. The delivery then goes like any other: retried with backoff, in the delivery log.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    private final DigestRepository digests;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final SubscriptionService subscriptions;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final MailConfig config;
    private final AtomicLong completedChecks = new AtomicLong();

    DigestService(DigestRepository digests, DeliveryRepository deliveries, DeliverySender sender,
                  SubscriptionService subscriptions, ObjectMapper mapper, Clock clock, MailConfig config) {
        this.digests = digests;
        this.deliveries = deliveries;
        this.sender = sender;
        this.subscriptions = subscriptions;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
    }

    /** A period [start, end) whose digest is due. */
    record Period(OffsetDateTime start, OffsetDateTime end) {
    }

    /** The last period of {@code frequency} whose digest is due at {@code now}. */
    Period duePeriod(DigestFrequency frequency, OffsetDateTime now) {
        OffsetDateTime utc = now.withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate end = frequency == DigestFrequency.WEEKLY
                ? utc.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : utc.toLocalDate();
        if (utc.isBefore(end.atTime(config.digestHour(), 0).atOffset(ZoneOffset.UTC))) {
            end = end.minusDays(frequency == DigestFrequency.WEEKLY ? 7 : 1);
        }
        LocalDate start = end.minusDays(frequency == DigestFrequency.WEEKLY ? 7 : 1);
        return new Period(start.atStartOfDay().atOffset(ZoneOffset.UTC), end.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    @Scheduled(every = "${a4p.mail.check-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        try {
            check();
            subscriptions.deleteExpiredUnconfirmed();
            completedChecks.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warnf("digest check failed, next run retries: %s", e.getMessage());
        }
    }

    /** Checks run to the end since this application started: lets a test tell that one ran after a given moment. */
    public long completedChecks() {
        return completedChecks.get();
    }

    /** @return digests made */
    public int check() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Period daily = duePeriod(DigestFrequency.DAILY, now);
        Period weekly = duePeriod(DigestFrequency.WEEKLY, now);
        int made = 0;
        for (DigestRepository.Due due : digests.due(daily.start(), weekly.start())) {
            Period p = due.frequency() == DigestFrequency.WEEKLY ? weekly : daily;
            if (QuarkusTransaction.requiringNew().call(() -> make(due.subscription(), due.frequency(), p, now))) {
                made++;
            }
        }
        if (made > 0) {
            LOG.infof("digest check: %d digest(s) made", made);
        }
        return made;
    }

    private boolean make(UUID subscription, DigestFrequency frequency, Period p, OffsetDateTime now) {
        if (!digests.claimPeriod(subscription, p.start(), p.end(), now)) {
            return false;
        }
        String id = UUID.nameUUIDFromBytes(("digest|" + subscription + "|" + p.start().toInstant())
                .getBytes(StandardCharsets.UTF_8)).toString();
        List<String> payloads = digests.take(subscription, p.end(), id);
        if (payloads.isEmpty()) {
            return false;
        }
        List<JsonNode> items = new ArrayList<>();
        try {
            for (String payload : payloads) {
                items.add(mapper.readTree(payload));
            }
            String body = mapper.writeValueAsString(new DigestNotification(id, DigestNotification.TYPE, frequency.name(),
                    p.start(), p.end(), items));
            deliveries.insertNotification(id, DigestNotification.TYPE, body, now, null); // a digest is made by a scheduled job, no request's trace
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the digest of subscription " + subscription, e);
        }
        deliveries.fanOut(id, List.of(subscription), now);
        digests.recordDigest(subscription, p.start(), id, items.size());
        sender.wakeAfterCommit();
        return true;
    }
}

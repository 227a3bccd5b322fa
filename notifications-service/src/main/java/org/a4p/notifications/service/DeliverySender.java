package org.a4p.notifications.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.events.EventTypes;
import org.a4p.events.NotificationOutcome;
import org.a4p.events.Topics;
import org.a4p.notifications.config.DeliveryConfig;
import org.a4p.notifications.model.Channel;
import org.a4p.notifications.model.ClaimedDelivery;
import org.a4p.notifications.model.DeliveryOutcome;
import org.a4p.notifications.model.DeliveryStatus;
import org.a4p.notifications.repository.DeliveryRepository;
import org.a4p.platform.db.DatabaseErrors;
import org.a4p.platform.outbox.Outbox;
import org.a4p.platform.tracing.TraceParent;
import org.a4p.platform.transaction.AfterCommit;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends due deliveries. A dispatcher thread claims due rows in batches (SKIP LOCKED) and sends them
 * concurrently (at most {@code a4p.delivery.concurrency} in flight, redirects never followed); a
 * recorder thread writes the outcomes in batches, each batch one transaction that also publishes the
 * final {@code notification.delivered}/{@code notification.failed} events through the outbox.
 *
 * <p>Guarantees: a delivery is a committed row before it is attempted, so a crash never loses it; it
 * is sent again only if we crashed between sending and recording the outcome (after the lease). The
 * receiver can then see the same {@code X-A4P-Event-Id} (= {@code webhook-id}) twice and must treat it as the
 * idempotency key.
 *
 * <p>Each attempt continues the trace its notification was created in (the request that changed the status, through
 * the outbox, Kafka and the consumer): it runs in a client span, child of that context, whose W3C {@code traceparent}
 * the request carries. Metrics: {@code a4p_webhook_deliveries_total{outcome}} per attempt ({@code delivered},
 * {@code retry}: another attempt is scheduled, {@code failed}: the delivery ended FAILED) and
 * {@code a4p_webhook_delivery_seconds} (each attempt, from the address check to the answer or error).
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    /** Outcomes recorded per transaction: a 10,000-subscriber fan-out is recorded in ~20 commits. */
    private static final int RECORD_BATCH = 500;

    private final DeliveryRepository deliveries;
    private final AgroalDataSource database;
    private final TargetPolicy targets;
    private final Outbox outbox;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final DeliveryConfig config;
    private final SecretBox box;
    private final MailSender mails;
    private final Semaphore wakeups = new Semaphore(0);
    private final Semaphore inFlight;
    private final LinkedBlockingQueue<DeliveryOutcome> outcomes = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile boolean recording;
    private final Vertx vertx;
    private final Tracer tracer;
    private final MeterRegistry meters;
    private final Timer latency;
    private WebhookClient client;
    private Thread dispatcher;
    private Thread recorder;

    DeliverySender(DeliveryRepository deliveries, AgroalDataSource database, TargetPolicy targets, Outbox outbox, Clock clock,
                   AfterCommit afterCommit, DeliveryConfig config, Vertx vertx, SecretBox box, Tracer tracer,
                   MeterRegistry meters, MailSender mails) {
        this.mails = mails;
        this.vertx = vertx;
        this.tracer = tracer;
        this.meters = meters;
        this.latency = Timer.builder("a4p.webhook.delivery")
                .description("Each webhook attempt, from the target's address check to its answer or error").register(meters);
        this.box = box;
        this.deliveries = deliveries;
        this.database = database;
        this.targets = targets;
        this.outbox = outbox;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.config = config;
        this.inFlight = new Semaphore(this.config.concurrency());
    }

    void start(@Observes StartupEvent ignored) {
        client = new WebhookClient(vertx, config.connectTimeout());
        running = true;
        recording = true;
        dispatcher = thread("webhook-dispatcher", this::dispatchLoop);
        recorder = thread("webhook-recorder", this::recordLoop);
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        wake();
        join(dispatcher);
        try {
            // let requests in flight finish so their outcome is recorded rather than re-sent after the lease
            if (inFlight.tryAcquire(config.concurrency(), config.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                inFlight.release(config.concurrency());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recording = false;
        join(recorder);
        client.close();
    }

    /** Wakes the sender when the current transaction commits (deliveries it created are then visible). */
    public void wakeAfterCommit() {
        afterCommit.run(this::wake);
    }

    public void wake() {
        wakeups.release();
    }

    private void dispatchLoop() {
        while (running) {
            try {
                wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
                List<ClaimedDelivery> batch;
                do {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    batch = QuarkusTransaction.requiringNew().call(
                            () -> deliveries.claimDue(now, now.plus(config.lease()), config.batchSize()));
                    for (ClaimedDelivery c : batch) {
                        inFlight.acquire();
                        send(c);
                    }
                } while (running && batch.size() == config.batchSize());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // database briefly unavailable: claimed rows keep their lease and come back later
                LOG.warnf("webhook dispatcher: %s", e.getMessage());
                sleep(1000);
            }
        }
    }

    private void send(ClaimedDelivery c) {
        long start = System.nanoTime();
        if (c.channel() == Channel.EMAIL) {
            // the same claims, retries, log and outcome events as a webhook; only the transport differs
            mails.send(c).whenComplete((ok, error) -> finish(c, null, error, start, null));
            return;
        }
        Span span = tracer.spanBuilder("webhook " + c.type()).setSpanKind(SpanKind.CLIENT)
                .setParent(TraceParent.parentContext(c.traceparent()))
                .setAttribute("http.request.method", "POST").setAttribute("a4p.delivery.id", c.id())
                .setAttribute("a4p.notification.id", c.notificationId()).startSpan();
        var checked = targets.checkForSending(c.target());
        if (checked.isEmpty()) {
            finish(c, null, new IllegalArgumentException("target refused by the address policy"), start, span);
            return;
        }
        byte[] body = c.payload().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers;
        try {
            headers = headers(c, body, OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            finish(c, null, new IllegalArgumentException("invalid webhook request"), start, span);
            return;
        }
        // the receiver's side of the trace starts from this attempt's span (its id even when nothing is recorded)
        TraceParent.format(span.getSpanContext()).ifPresent(traceparent -> headers.put(TraceParent.HEADER, traceparent));
        try {
            client.post(checked.get(), headers, body, config.requestTimeout())
                    .whenComplete((status, error) -> finish(c, status, error, start, span));
        } catch (RuntimeException e) {
            finish(c, null, e, start, span);
        }
    }

    /**
     * The headers of one attempt: {@code X-A4P-*} as ever, and Standard Webhooks' with the id that stays the same
     * across attempts and the time of this one. Within a rotation's overlap the replaced secret signs too: a second
     * entry of {@code webhook-signature} (new first) and {@code X-A4P-Signature-Previous}, while
     * {@code X-A4P-Signature} keeps its single value, made with the current secret.
     */
    Map<String, String> headers(ClaimedDelivery c, byte[] body, OffsetDateTime now) {
        String secret = box.open(c.secret());
        List<String> secrets = new ArrayList<>(List.of(secret));
        boolean overlap = c.previousSecret() != null && c.previousSecretUntil() != null && now.isBefore(c.previousSecretUntil());
        if (overlap) {
            secrets.add(box.open(c.previousSecret()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "A4P-Tracker-Notifications/1.0");
        headers.put("X-A4P-Event-Id", c.notificationId());
        headers.put("X-A4P-Event-Type", c.type());
        headers.put(Signatures.HEADER, Signatures.sign(secret, body));
        if (overlap) {
            headers.put(Signatures.PREVIOUS_HEADER, Signatures.sign(secrets.get(1), body));
        }
        long timestamp = now.toEpochSecond();
        headers.put(Signatures.WEBHOOK_ID, c.notificationId());
        headers.put(Signatures.WEBHOOK_TIMESTAMP, String.valueOf(timestamp));
        headers.put(Signatures.WEBHOOK_SIGNATURE, Signatures.standardSignature(c.notificationId(), timestamp, body, secrets));
        return headers;
    }

    private void finish(ClaimedDelivery c, Integer status, Throwable error, long start, Span span) {
        try {
            long nanos = System.nanoTime() - start;
            DeliveryOutcome outcome = outcome(c, status, error, nanos / 1_000_000);
            outcomes.add(outcome);
            if (span == null) { // an e-mail: MailSender counts it (a4p_emails_sent_total)
                return;
            }
            latency.record(nanos, TimeUnit.NANOSECONDS);
            meters.counter("a4p.webhook.deliveries", "outcome", switch (outcome.newStatus()) {
                case DELIVERED -> "delivered";
                case PENDING -> "retry";
                case FAILED -> "failed";
            }).increment();
            if (status != null) {
                span.setAttribute("http.response.status_code", status);
            }
            if (outcome.newStatus() != DeliveryStatus.DELIVERED) {
                span.setStatus(StatusCode.ERROR, outcome.error() == null ? "HTTP " + status : outcome.error());
            }
        } finally {
            if (span != null) {
                span.end();
            }
            inFlight.release();
        }
    }

    DeliveryOutcome outcome(ClaimedDelivery c, Integer status, Throwable error, long durationMs) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String message = error == null ? null : describe(error);
        boolean retryable;
        if (status == null && error == null) { // a mail the SMTP server took
            return new DeliveryOutcome(c, now, null, null, durationMs, DeliveryStatus.DELIVERED, null);
        }
        if (status != null) {
            if (status >= 200 && status < 300) {
                return new DeliveryOutcome(c, now, status, null, durationMs, DeliveryStatus.DELIVERED, null);
            }
            // 3xx is not followed and, like other 4xx, will not get better by itself
            retryable = status == 408 || status == 429 || status >= 500;
        } else {
            retryable = !(error instanceof IllegalArgumentException); // a refused or invalid target stays so
        }
        int attempt = c.roundAttempts() + 1;
        if (retryable && attempt < config.maxAttempts()) {
            return new DeliveryOutcome(c, now, status, message, durationMs, DeliveryStatus.PENDING, now.plus(backoff(attempt)));
        }
        return new DeliveryOutcome(c, now, status, message, durationMs, DeliveryStatus.FAILED, null);
    }

    /** Exponential backoff with full jitter: uniformly 0..min(max, initial * 2^(attempt-1)). */
    Duration backoff(int attempt) {
        return Backoff.fullJitter(config.initialDelay(), config.maxDelay(), attempt);
    }

    private static String describe(Throwable error) {
        if (error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof HttpTimeoutException) && !(t instanceof ConnectException)) {
            t = t.getCause();
        }
        if (t instanceof HttpTimeoutException) {
            return "timeout: " + t.getMessage();
        }
        if (t instanceof ConnectException) {
            return "connection failed: " + (t.getMessage() == null ? "refused" : t.getMessage());
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) : m));
    }

    private void recordLoop() {
        while (recording || !outcomes.isEmpty()) {
            try {
                DeliveryOutcome first = outcomes.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<DeliveryOutcome> batch = new ArrayList<>();
                batch.add(first);
                outcomes.drainTo(batch, RECORD_BATCH - 1);
                record(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Records a batch of outcomes in one transaction. A database outage is waited out with the batch
     * kept in memory: dropping it would leave those deliveries to the lease and send them a second time
     * (or, to an observer, look lost for a lease). An outage is told by the error or, since drivers do
     * not always say so clearly when a connection dies mid-transaction, by the database not answering;
     * any first failure is retried once. What still fails with the database up is retried row by row,
     * so one bad row cannot keep the others from being recorded.
     */
    void record(List<DeliveryOutcome> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    boolean[] updated = deliveries.record(batch);
                    List<Outbox.Message> events = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        DeliveryOutcome o = batch.get(i);
                        if (updated[i] && o.newStatus() != DeliveryStatus.PENDING) {
                            events.add(outcomeEvent(o));
                        }
                    }
                    outbox.publishAll(events);
                });
                return;
            } catch (RuntimeException e) {
                boolean outage = DatabaseErrors.isOutage(e, database);
                if (recording && (outage || attempt == 1)) {
                    if (attempt == 1 || attempt % 10 == 0) {
                        LOG.warnf("webhook recorder: keeping %d outcome(s) to record again (attempt %d, database %s): %s",
                                batch.size(), attempt, outage ? "unavailable" : "up", e.getMessage());
                    }
                    sleep(Math.min(5_000, 250L * attempt));
                } else if (batch.size() > 1) {
                    batch.forEach(o -> record(List.of(o)));
                    return;
                } else {
                    // stays PENDING under its lease and is attempted again once the lease ends
                    LOG.warnf("could not record the outcome of delivery %d: %s", batch.get(0).delivery().id(), e.getMessage());
                    return;
                }
            }
        }
    }

    private static Outbox.Message outcomeEvent(DeliveryOutcome o) {
        ClaimedDelivery c = o.delivery();
        boolean delivered = o.newStatus() == DeliveryStatus.DELIVERED;
        return new Outbox.Message(Topics.NOTIFICATION_EVENTS, c.subscriptionId().toString(), EventTypes.SOURCE_NOTIFICATIONS,
                delivered ? EventTypes.NOTIFICATION_DELIVERED : EventTypes.NOTIFICATION_FAILED,
                "subscriptions/" + c.subscriptionId() + "/deliveries/" + c.id(),
                new NotificationOutcome(String.valueOf(c.id()), c.subscriptionId().toString(), c.notificationId(), c.type(),
                        o.newStatus().name(), c.attempts() + 1, o.httpStatus(), o.error(), o.at()));
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

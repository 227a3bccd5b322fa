package org.a4p.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.a4p.events.CloudEvent;
import org.a4p.platform.kafka.KafkaClientConfig;
import org.a4p.platform.time.Pause;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows to Kafka, in {@code seq} order, and stamps them sent.
 *
 * <p>One thread per service instance; a PostgreSQL advisory lock makes it one relay per database, so
 * events of one key keep their order even with several replicas. Every replica's relay is woken by a commit of any
 * replica (LISTEN/NOTIFY), by its own commits directly, and otherwise polls. The producer is idempotent with
 * {@code acks=all}. A row is stamped only after the broker acknowledged it; if the broker is down the
 * rows wait (the writes that made them have already succeeded) and go out once it is back. A crash
 * between the acknowledgement and the stamp can publish a row twice: consumers deduplicate by event id.
 *
 * <p>Metrics: {@code a4p_outbox_pending} rows and the age of the oldest ({@code a4p_outbox_oldest_pending_seconds}),
 * refreshed by every replica's relay loop; {@code a4p_outbox_publish_seconds} (a batch from send to Kafka's last
 * acknowledgement) and {@code a4p_outbox_delay_seconds} (each event from the transaction that wrote it to Kafka's acknowledgement).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by all replicas of one service (each service has its own database). */
    private static final long RELAY_LOCK = 0x0A4B_0001L;
    /** The PostgreSQL notification channel every outbox write signals on commit ({@link Outbox}). */
    static final String CHANNEL = "a4p_outbox";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Semaphore wakeups = new Semaphore(0);
    /** Seqs Kafka acknowledged whose sent_at stamp did not commit; only the relay thread changes it. */
    private final java.util.Set<Long> acknowledgedUnstamped = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread thread;
    private Thread listener;
    private Producer<String, String> producer;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final Timer publishTime;
    private final Timer delay;
    private long lastBacklogCheck;

    @Inject
    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config,
                @Identifier(KafkaClientConfig.DEFAULT_KAFKA_BROKER) Map<String, Object> kafkaConfig, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        Gauge.builder("a4p.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows committed and not yet acknowledged by Kafka").register(meters);
        Gauge.builder("a4p.outbox.oldest.pending", oldestPendingMillis, ms -> ms.get() / 1000.0).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet acknowledged by Kafka (0 when none)").register(meters);
        publishTime = Timer.builder("a4p.outbox.publish")
                .description("One relay batch, from sending to Kafka's last acknowledgement").register(meters);
        delay = Timer.builder("a4p.outbox.delay")
                .description("Each event, from the transaction that wrote it to Kafka's acknowledgement").register(meters);
    }

    /** A relay for a broker that needs no more than its address (tests that build one by hand). */
    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, String bootstrapServers) {
        this(dataSource, config, Map.of("bootstrap.servers", bootstrapServers), new SimpleMeterRegistry());
    }

    void start(@Observes StartupEvent ignored) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        listener = new Thread(this::listen, "outbox-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        wake();
        try {
            if (thread != null) {
                thread.join(5_000);
            }
            if (listener != null) {
                listener.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
    }

    /**
     * Wakes the relay when any replica commits an outbox row (LISTEN on {@link #CHANNEL}); the poll interval is then
     * only the fallback. One pooled connection is held for it; a lost connection is re-opened after a pause.
     */
    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    // short, so that a stop does not wait long for this thread
                    PGNotification[] received = pg.getNotifications(250);
                    if (received != null && received.length > 0) {
                        wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("outbox listener: %s; listening again shortly", e.getMessage());
                Pause.sleep(2_000, () -> !running);
            }
        }
    }

    /** Called after each commit that wrote an outbox row. */
    public void wake() {
        wakeups.release();
    }

    private void loop() {
        long backoffMs = 0;
        long lastCleanup = 0;
        while (running) {
            try {
                if (backoffMs > 0) {
                    wakeups.tryAcquire(backoffMs, TimeUnit.MILLISECONDS);
                } else {
                    wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeups.drainPermits();
                if (!running) {
                    break;
                }
                int sent;
                do {
                    sent = publishBatch();
                } while (sent == config.batchSize() && running);
                backoffMs = 0;
                measureBacklog();
                if (System.currentTimeMillis() - lastCleanup > 60_000) {
                    deleteOldRows();
                    lastCleanup = System.currentTimeMillis();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoffMs = Math.min(5_000, Math.max(250, backoffMs * 2));
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoffMs);
                measureBacklog();
            }
        }
    }

    /** At most once a second: rows waiting and the oldest one's age (the partial index keeps this cheap). */
    private void measureBacklog() {
        if (System.currentTimeMillis() - lastBacklogCheck < 1_000) {
            return;
        }
        lastBacklogCheck = System.currentTimeMillis();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)) * 1000, 0)"
                     + " FROM outbox_event WHERE sent_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            pending.set(rs.getLong(1));
            oldestPendingMillis.set(Math.max(0, rs.getLong(2)));
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    /** Publishes up to one batch; returns how many rows were stamped sent. */
    int publishBatch() throws SQLException, InterruptedException {
        Round round = new Round(List.copyOf(acknowledgedUnstamped), new ArrayList<>());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int stamped = publishBatch(c, round);
                c.commit();
                acknowledgedUnstamped.removeAll(round.carried());
                return stamped;
            } catch (SQLException | RuntimeException | InterruptedException e) {
                // Kafka holds these records; if their stamp is lost with this transaction (the database went
                // away), stamp them next round instead of publishing them a second time.
                acknowledgedUnstamped.addAll(round.acknowledged());
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private int publishBatch(Connection c, Round round) throws SQLException, InterruptedException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0; // another replica is relaying
                }
            }
        }
        stamp(c, round.carried());
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, topic, record_key, payload, created_at FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ?")) {
            ps.setInt(1, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Producer<String, String> p = producer();
        // With the broker unreachable every send() would block for max.block.ms on metadata; ask once
        // per topic instead, so an outage costs one wait per attempt, not one per row.
        try {
            for (String topic : rows.stream().map(Row::topic).distinct().toList()) {
                p.partitionsFor(topic);
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            closeProducer();
            throw new PublishFailed("Kafka unavailable (" + rootMessage(e) + "); " + rows.size() + "+ events waiting");
        }
        long sendStart = System.nanoTime();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            acks.add(p.send(record));
        }
        List<Long> sent = new ArrayList<>(rows.size());
        Exception failure = null;
        long deadline = System.nanoTime() + config.deliveryTimeout().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                delay.record(Duration.between(rows.get(i).createdAt(), Instant.now()).abs());
                sent.add(rows.get(i).seq());
                round.acknowledged().add(rows.get(i).seq());
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                failure = e;
            }
        }
        publishTime.record(System.nanoTime() - sendStart, TimeUnit.NANOSECONDS);
        stamp(c, sent);
        if (failure != null) {
            // Start over with a fresh producer so that retried rows get a clean idempotence sequence.
            c.commit();
            closeProducer();
            throw new PublishFailed(rows.size() - sent.size() + " of " + rows.size()
                    + " events not acknowledged by Kafka (" + rootMessage(failure) + ")");
        }
        return sent.size();
    }

    private static void stamp(Connection c, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET sent_at = now() WHERE seq = ANY (?) AND sent_at IS NULL")) {
            ps.setArray(1, c.createArrayOf("bigint", seqs.toArray()));
            ps.executeUpdate();
        }
    }

    private void deleteOldRows() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM outbox_event WHERE sent_at < now() - make_interval(secs => ?)")) {
            ps.setLong(1, config.retention().toSeconds());
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.debugf("outbox cleanup skipped: %s", e.getMessage());
        }
    }

    /** The producer, made on first use from the service's Kafka settings (package-private: RelayKafkaLoginTest logs in with it). */
    synchronized Producer<String, String> producer() {
        if (producer == null) {
            int timeoutMs = (int) config.deliveryTimeout().toMillis();
            producer = new KafkaProducer<>(KafkaClientConfig.with(kafkaConfig, Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    // Kafka 4 defaults to linger.ms=5; an outbox batch is already a batch.
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10_000),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 10_000))),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private record Row(long seq, String topic, String key, String payload, Instant createdAt) {
    }

    /** One relay round: rows acknowledged earlier but not yet stamped, and rows Kafka acknowledged now. */
    private record Round(List<Long> carried, List<Long> acknowledged) {
    }

    private static final class PublishFailed extends RuntimeException {
        PublishFailed(String message) {
            super(message);
        }
    }
}

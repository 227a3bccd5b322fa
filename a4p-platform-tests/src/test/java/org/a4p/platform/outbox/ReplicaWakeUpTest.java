package org.a4p.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.a4p.platform.testapp.OtherSettings;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.a4p.platform.db.Db;
import org.a4p.platform.testapp.TestEvents;
import org.a4p.platform.transaction.AfterCommit;
import org.a4p.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another replica's write wakes this replica's relay (LISTEN/NOTIFY), so it does not wait for the poll interval —
 * set here far beyond the test's deadline.
 */
@QuarkusTest
@TestProfile(OtherSettings.class) // a poll interval of 120 s
class ReplicaWakeUpTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Db db;
    @Inject
    ObjectMapper mapper;
    @Inject
    AfterCommit afterCommit;
    @Inject
    Clock clock;
    @Inject
    OutboxConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Test
    void aCommitOfAnotherReplicaWakesTheRelay() {
        // the other replica: its own outbox and relay (never started, so its wake-up reaches nobody here)
        Outbox otherReplica = new Outbox(db, mapper, afterCommit, new OutboxRelay(dataSource, config, "localhost:9"), clock,
                transactions);
        String key = "other-replica-" + UUID.randomUUID();

        long t0 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() ->
                otherReplica.publish(TestEvents.TOPIC, key, "/a4p/platform-test", "org.a4p.test.v1", key, Map.of("n", 1)));
        var records = KafkaTopics.readAll(TestEvents.TOPIC, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> key.equals(r.key())));

        assertThat(records).anyMatch(r -> key.equals(r.key()));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    }
}

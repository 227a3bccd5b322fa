package org.a4p.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.platform.testapp.TestEvents;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.InfraTestResource;
import org.a4p.testing.Sql;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    TestEvents events;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eventsOfOneKeyArriveInTheOrderTheyWereCommitted() {
        String key = "order-" + UUID.randomUUID();
        IntStream.range(0, 30).forEach(n -> events.publish(key, n));

        List<ConsumerRecord<String, String>> records = ofKey(key, 30);

        assertThat(records.stream().map(r -> n(r.value())).toList())
                .containsExactlyElementsOf(IntStream.range(0, 30).boxed().toList());
    }

    @Test
    void eventsRecordedTogetherArriveInTheirOrderWithTheIdsReturned() {
        String key = "together-" + UUID.randomUUID();
        List<String> ids = events.publishAll(key, 40);

        List<ConsumerRecord<String, String>> records = ofKey(key, 40);

        assertThat(records.stream().map(r -> n(r.value())).toList())
                .containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
        assertThat(records.stream().map(r -> field(r.value(), "id")).toList()).containsExactlyElementsOf(ids);
        assertThat(ids).doesNotHaveDuplicates();
    }

    /**
     * Kafka acknowledged the record, then the transaction carrying its sent stamp was lost (a trigger of the
     * test app's migration fails the first stamp of a 'lost-stamp-' row): the row must be stamped next round,
     * not published a second time.
     */
    @Test
    void aRecordWhoseStampWasLostIsStampedNotPublishedAgain() throws Exception {
        String key = "lost-stamp-" + UUID.randomUUID();
        String id = events.publish(key, 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> sentAt(id) != null);

        assertThat(stampAttempts()).as("the stamp failed once and then succeeded").isGreaterThanOrEqualTo(2);
        List<ConsumerRecord<String, String>> records = ofKey(key, 1);
        assertThat(records).hasSize(1);
    }

    private static List<ConsumerRecord<String, String>> ofKey(String key, int expected) {
        return KafkaTopics.readAll(TestEvents.TOPIC, Duration.ofSeconds(30),
                        all -> all.stream().filter(r -> key.equals(r.key())).count() >= expected)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private int n(String cloudEvent) {
        try {
            return json.readTree(cloudEvent).path("data").path("n").asInt(-1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String field(String cloudEvent, String name) {
        try {
            return json.readTree(cloudEvent).path(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sentAt(String id) {
        return Sql.single(InfraTestResource.DEFAULT_DATABASE, "SELECT sent_at FROM outbox_event WHERE id = ?::uuid", id);
    }

    private static long stampAttempts() {
        return Sql.number(InfraTestResource.DEFAULT_DATABASE, "SELECT last_value FROM stamp_fault_calls");
    }
}

package org.a4p.platform.tracing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.platform.testapp.TestConsumer;
import org.a4p.platform.testapp.TestEvents;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Metrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator's view: one trace id from the request that made a change, through the outbox's CloudEvent, to the
 * consumer that applied it; and the meters of the outbox and the consumers in /q/metrics.
 */
@QuarkusTest
class TraceAndMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestConsumer consumer;

    @Inject
    TestEvents events;

    @Test
    void theRequestsTraceTravelsThroughTheOutboxToTheConsumer() throws Exception {
        String traceId = hex(16);
        String key = "traced-" + UUID.randomUUID();
        given().header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .when().post("/test/publish/" + key).then().statusCode(200);

        ObjectNode published = (ObjectNode) JSON.readTree(recordOf(TestEvents.TOPIC, key).value());
        assertThat(published.path("traceparent").asText()).startsWith("00-" + traceId + "-");

        // the same event as a consumer receives it (from a topic's owner)
        published.put("source", EventTypes.SOURCE_STAKEHOLDERS);
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, key, JSON.writeValueAsString(published));
        String id = published.path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.traceId(id) != null);

        assertThat(consumer.traceId(id)).isEqualTo(traceId);
    }

    @Test
    void anEventWrittenOutsideAnyRequestCarriesNoTraceparent() throws Exception {
        String key = "untraced-" + UUID.randomUUID();
        // the test thread calls the outbox directly: no request, no trace
        String id = events.publish(key, 1);
        assertThat(JSON.readTree(recordOf(TestEvents.TOPIC, key).value()).has("traceparent")).as(id).isFalse();
    }

    @Test
    void metricsShowTheOutboxTheConsumersAndKafkaLag() {
        String key = "metered-" + UUID.randomUUID();
        given().when().post("/test/publish/" + key).then().statusCode(200);
        recordOf(TestEvents.TOPIC, key);
        String poison = "metered-poison-" + UUID.randomUUID();
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, poison, "{not json");
        KafkaTopics.readAll(Topics.deadLetter(Topics.STAKEHOLDER_EVENTS), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> poison.equals(r.key())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = Metrics.scrape();
            assertThat(Metrics.value(metrics, "a4p_outbox_publish_seconds_count")).isPositive();
            assertThat(Metrics.value(metrics, "a4p_outbox_delay_seconds_count")).isPositive();
            assertThat(Metrics.has(metrics, "a4p_outbox_pending")).isTrue();
            assertThat(Metrics.value(metrics, "a4p_outbox_pending")).isGreaterThanOrEqualTo(0);
            assertThat(Metrics.has(metrics, "a4p_outbox_oldest_pending_seconds")).isTrue();
            assertThat(Metrics.value(metrics, "a4p_events_dead_lettered_total", "channel=\"platform-in\"")).isPositive();
        });
        // Consumer lag per partition: Kafka makes those metrics once partitions are assigned; KafkaClientMeters looks
        // for new ones every 5 s (Quarkus' binder every 60 s, which this wait would not cover)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Metrics.has(Metrics.scrape(),
                "kafka_consumer_fetch_manager_records_lag", "topic=\"stakeholder-events\"", "partition=")).isTrue());
    }

    private static ConsumerRecord<String, String> recordOf(String topic, String key) {
        return KafkaTopics.readAll(topic, Duration.ofSeconds(30), all -> all.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}

package org.a4p.platform.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.events.Topics;
import org.a4p.platform.testapp.TestConsumer;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Metrics;
import org.a4p.testing.InfraTestResource;
import org.a4p.testing.Sql;
import org.a4p.testing.TestInfra;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class EventConsumerTest {

    private static final String TOPIC = Topics.STAKEHOLDER_EVENTS;

    @Inject
    TestConsumer consumer;

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTopics.send(TOPIC, "dedupe", event(id));
        KafkaTopics.send(TOPIC, "dedupe", event(id));

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.handled(id) == 2);
        assertThat(applied(id)).isEqualTo(1L);
    }

    @Test
    void aRecordThatIsNotACloudEventIsDeadLetteredWithTheReason() {
        String key = "poison-" + UUID.randomUUID();
        KafkaTopics.send(TOPIC, key, "{not json");

        ConsumerRecord<String, String> dead = deadLettered(key);

        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(header(dead, "dead-letter-reason")).hasValueSatisfying(r -> assertThat(r).contains("not a CloudEvent"));
        assertThat(header(dead, "dead-letter-topic")).contains(TOPIC);
    }

    /** A well-formed event whose source does not own its type (a forgery, or a producer on the wrong topic). */
    @Test
    void anEventFromASourceThatDoesNotOwnItsTypeIsDeadLetteredNotApplied() {
        String id = UUID.randomUUID().toString();
        String key = "forged-" + id;
        KafkaTopics.send(TOPIC, key, event(id).replace("org.a4p.test.v1", "org.a4p.recommendation.status-changed.v1"));

        ConsumerRecord<String, String> dead = deadLettered(key);

        assertThat(header(dead, "dead-letter-reason")).hasValueSatisfying(r -> assertThat(r).contains("/a4p/stakeholders-service"));
        assertThat(applied(id)).isZero();
    }

    /** The database away while an event arrives: the consumer waits and applies it, nothing is dead-lettered. */
    @Test
    void aDatabaseOutageIsWaitedOutNotDeadLettered() throws Exception {
        String id = UUID.randomUUID().toString();
        String key = "outage-" + id;
        double waitsBefore = databaseWaits();
        TestInfra.stopPostgres();
        try {
            KafkaTopics.send(TOPIC, key, event(id));
            // proof that the consumer had the event and kept trying: two failed attempts, not a fixed sleep
            await().atMost(Duration.ofSeconds(30)).until(() -> databaseWaits() >= waitsBefore + 2);
            // meanwhile the service says it is not ready (the datasource check), and nothing was dead-lettered
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            TestInfra.startPostgres();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> consumer.handled(id) == 1);
        assertThat(applied(id)).isEqualTo(1L);

        // a poison record sent after it reaches the dead-letter topic behind anything the outage would have put there
        String marker = "poison-after-outage-" + id;
        KafkaTopics.send(TOPIC, key, "{}");
        KafkaTopics.send(TOPIC, marker, "{}");
        List<ConsumerRecord<String, String>> dead = KafkaTopics.readAll(Topics.deadLetter(TOPIC), Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> marker.equals(r.key())));
        assertThat(dead).anyMatch(r -> marker.equals(r.key()));
        assertThat(dead).filteredOn(r -> key.equals(r.key())).extracting(ConsumerRecord::value).containsOnly("{}");
    }

    private static double databaseWaits() {
        return Metrics.value(Metrics.scrape(), "a4p_events_database_waits_total", "consumer=\"platform-test\"");
    }

    private static ConsumerRecord<String, String> deadLettered(String key) {
        return KafkaTopics.readAll(Topics.deadLetter(TOPIC), Duration.ofSeconds(30),
                        all -> all.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter for " + key));
    }

    private static Optional<String> header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    static String event(String id) {
        return """
                {"specversion":"1.0","id":"%s","source":"/a4p/stakeholders-service","type":"org.a4p.test.v1","subject":"s",
                 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json","data":{"n":1}}""".formatted(id);
    }

    private static long applied(String id) {
        return Sql.number(InfraTestResource.DEFAULT_DATABASE, "SELECT count(*) FROM applied_event WHERE event_id = ?", id);
    }
}

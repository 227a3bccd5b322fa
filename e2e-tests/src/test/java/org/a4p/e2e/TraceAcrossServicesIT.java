package org.a4p.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Sql;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator follows one status change across the services by its trace id: from the request made to
 * recommendations-service (with a W3C {@code traceparent}), through its outbox row and the Kafka record's CloudEvent
 * {@code traceparent}, to the notification the notifications consumer created and the webhook its receiver got. The
 * services run with the default sampler, which records nothing: the trace id travels all the same.
 */
class TraceAcrossServicesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system = RunningSystem.get();


    @Test
    void oneTraceIdFromTheStatusChangeRequestToTheWebhook() throws Exception {
        try (HookReceiver receiver = HookReceiver.start()) {
            followTheTrace(receiver);
        }
    }

    private void followTheTrace(HookReceiver receiver) throws Exception {
        String secretariat = Tokens.secretariat("e2e-tracing");
        int number = given().baseUri(system.recommendations.baseUrl()).header("Authorization", secretariat)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Traced recommendation " + UUID.randomUUID(), "stakeholderAction", "Secretariat",
                        "area", "PROTECTION", "a4pParagraph", 10, "context", "TraceAcrossServicesIT"))
                .post("/recommendations").then().statusCode(201).extract().path("number");
        String subscription = """
                {"subscriber":"Delegation of Norway","channel":"WEBHOOK","target":"%s","recommendations":[%d]}
                """.formatted(receiver.url(), number);
        // the notifications service accepts the filter once its read model knows the new recommendation
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(
                () -> given().baseUri(system.notifications.baseUrl())
                        .header("Authorization", Tokens.delegation("Delegation of Norway"))
                        .contentType(ContentType.JSON).body(subscription).post("/subscriptions").statusCode() == 201);

        String traceId = hex(16);
        given().baseUri(system.recommendations.baseUrl()).header("Authorization", secretariat)
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01").contentType(ContentType.JSON)
                .body("{\"status\":\"UNDER_CONSIDERATION\",\"note\":\"traced\"}")
                .post("/recommendations/{n}/status", number).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
        HookReceiver.Received webhook = receiver.received().get(0);
        String eventId = webhook.header("X-A4P-Event-Id");
        String inTrace = "00-" + traceId + "-[0-9a-f]{16}-0[01]";

        String outboxRow = (String) Sql.single("recommendations", "SELECT payload FROM outbox_event WHERE id = ?::uuid", eventId);
        assertThat(JSON.readTree(outboxRow).path("traceparent").asText()).as("outbox row").matches(inTrace);
        String kafkaRecord = KafkaTopics.readAll(Topics.RECOMMENDATION_EVENTS, Duration.ofSeconds(30),
                        all -> all.stream().anyMatch(r -> r.value().contains(eventId)))
                .stream().filter(r -> r.value().contains(eventId)).findFirst().orElseThrow().value();
        assertThat(JSON.readTree(kafkaRecord).path("traceparent").asText()).as("Kafka record").matches(inTrace);
        assertThat((String) Sql.single("notifications", "SELECT traceparent FROM notification WHERE id = ?", eventId))
                .as("notification created by the consumer").matches(inTrace);
        assertThat(webhook.header("traceparent")).as("webhook request").matches(inTrace);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}

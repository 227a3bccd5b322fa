package org.a4p.notifications;

import org.a4p.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.OpenApiAnswers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribe;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StatusChangeWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void statusChangeReachesSubscriberSignedWithItsSecret() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES", "SECRETARIAT"));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath sub = subscribeToRecommendation("Mission A", receiver.url(), n);
            String secret = sub.getString("secret");
            Events.Sent event = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();

            await().atMost(WAIT).until(() -> receiver.received(event.id()).size() == 1);
            WebhookReceiver.Received hook = receiver.received(event.id()).get(0);
            assertThat(hook.signature()).isEqualTo("sha256=" + hmacHex(secret, hook.body()));
            assertThat(hook.signature()).isNotEqualTo("sha256=" + hmacHex(secret + "x", hook.body()));
            assertThat(hook.contentType()).startsWith("application/json");
            assertThat(hook.type()).isEqualTo(EventTypes.RECOMMENDATION_STATUS_CHANGED);

            JsonNode body = hook.json();
            assertThat(body.get("eventId").asText()).isEqualTo(event.id());
            assertThat(body.get("type").asText()).isEqualTo(EventTypes.RECOMMENDATION_STATUS_CHANGED);
            assertThat(body.at("/recommendation/number").asInt()).isEqualTo(n);
            assertThat(body.at("/recommendation/area").asText()).isEqualTo("PROTECTION");
            assertThat(body.at("/recommendation/text").asText()).isEqualTo("Recommendation text " + n);
            assertThat(body.at("/recommendation/link").asText()).isEqualTo("http://localhost:8081/recommendations/" + n);
            assertThat(body.get("previousStatus").asText()).isEqualTo("PROPOSED");
            assertThat(body.get("newStatus").asText()).isEqualTo("UNDER_CONSIDERATION");
            assertThat(body.get("note").asText()).isEqualTo("note for UNDER_CONSIDERATION");
            assertThat(body.get("evidenceUrl").asText()).isEqualTo("https://evidence.example.org/" + n);
            assertThat(body.get("changedBy").asText()).isEqualTo("secretariat-officer");
            assertThat(body.hasNonNull("changedAt")).isTrue();

            String id = sub.getString("id");
            await().atMost(WAIT).untilAsserted(() -> Fixtures.deliveries(id)
                    .statusCode(200).body("size()", equalTo(1)).body("[0].status", equalTo("DELIVERED"))
                    .body("[0].eventId", equalTo(event.id())).body("[0].attemptCount", equalTo(1))
                    .body("[0].attempts[0].httpStatus", equalTo(200)));
            // the read model took the new status (version 2 > 1)
            Fixtures.awaitDb("SELECT status FROM recommendation WHERE number = ?", "UNDER_CONSIDERATION", n);
        }
    }

    @Test
    void eachKindOfFilterMatchesAndOthersDoNot() {
        int n = Events.freshNumber();
        int other = Events.freshNumber();
        String body = Events.fresh("BODY");
        Events.stakeholder(body, "BODY", "THINK_TANKS").send();
        recommendation(other, "POLITICS", List.of("FIELD_MISSIONS"));
        recommendation(n, "CONDUCT", List.of("THINK_TANKS"));
        Fixtures.awaitStakeholder(body);
        List<WebhookReceiver> receivers = List.of(WebhookReceiver.start(), WebhookReceiver.start(),
                WebhookReceiver.start(), WebhookReceiver.start(), WebhookReceiver.start());
        try {
            subscribeToRecommendation("by number", receivers.get(0).url(), n);
            subscribe(Map.of("subscriber", "by area", "channel", "WEBHOOK", "target", receivers.get(1).url(),
                    "areas", List.of("CONDUCT")));
            subscribe(Map.of("subscriber", "by category", "channel", "WEBHOOK", "target", receivers.get(2).url(),
                    "stakeholders", List.of("THINK_TANKS")));
            subscribe(Map.of("subscriber", "by body", "channel", "WEBHOOK", "target", receivers.get(3).url(),
                    "bodies", List.of(body)));
            subscribe(Map.of("subscriber", "not matching", "channel", "WEBHOOK", "target", receivers.get(4).url(),
                    "recommendations", List.of(other), "areas", List.of("POLITICS")));
            Events.Sent event = Events.statusChanged(n, "PROPOSED", "NOT_ACCEPTED", 2).send();

            await().atMost(WAIT).until(() -> receivers.subList(0, 4).stream()
                    .allMatch(r -> r.received(event.id()).size() == 1));
            // the non-matching subscription's delivery would have been created in the same transaction
            assertThat(receivers.get(4).received(event.id())).isEmpty();
        } finally {
            receivers.forEach(WebhookReceiver::close);
        }
    }

    @Test
    void targetNamedByHostNameArrivesWithThatHostHeader() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String target = "http://localhost:" + receiver.port() + "/hook";
            Changed changed = changeOneFreshRecommendation("Mission L", target, "DELIVERED");
            List<WebhookReceiver.Received> hooks = receiver.received(changed.event().id());
            assertThat(hooks).hasSize(1);
            assertThat(hooks.get(0).host()).isEqualTo("localhost:" + receiver.port());
        }
    }

    @Test
    void receiverFailingTwiceThenOkGetsExactlyThreeAttemptsAndOneDeliveredRecord() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answer(500, 500)) {
            Changed changed = changeOneFreshRecommendation("Mission B", receiver.url(), "DELIVERED");
            String id = changed.subscription();
            Events.Sent event = changed.event();
            Fixtures.deliveries(id)
                    .body("size()", equalTo(1))
                    .body("[0].attemptCount", equalTo(3))
                    .body("[0].attempts.httpStatus", equalTo(List.of(500, 500, 200)));
            assertThat(receiver.received(event.id())).hasSize(3);
            OpenApiAnswers.served().assertFits("Feed", given().header("Authorization", Tokens.secretariat())
                    .get("/subscriptions/" + id + "/feed").then().statusCode(200).extract().as(JsonNode.class));

            List<JsonNode> mine = outcomeEvents(id);
            assertThat(mine).hasSize(1);
            assertThat(mine.get(0).get("type").asText()).isEqualTo(EventTypes.NOTIFICATION_DELIVERED);
            assertThat(mine.get(0).at("/data/notificationId").asText()).isEqualTo(event.id());
            assertThat(mine.get(0).at("/data/attempts").asInt()).isEqualTo(3);
            assertThat(mine.get(0).at("/data/status").asText()).isEqualTo("DELIVERED");
        }
    }

    @Test
    void receiverThatIsDownAccumulatesAttemptsThenFailsAndFailureIsPublished() {
        Changed changed = changeOneFreshRecommendation("Mission C", WebhookReceiver.deadUrl(), "FAILED");
        String id = changed.subscription();
        Events.Sent event = changed.event();
        JsonPath deliveries = Fixtures.deliveries(id).extract().jsonPath();
        assertThat(deliveries.getInt("[0].attemptCount")).isEqualTo(4); // a4p.delivery.max-attempts in %test
        assertThat(deliveries.getList("[0].attempts")).hasSize(4);
        assertThat(deliveries.getList("[0].attempts.httpStatus")).containsOnlyNulls();
        assertThat(deliveries.getList("[0].attempts.error", String.class)).allMatch(e -> e.startsWith("connection failed"));
        // the nulls of a delivery that never got an answer are where the document allows them
        OpenApiAnswers.served().assertFits("Delivery", Fixtures.deliveries(id).extract().as(JsonNode.class));

        List<JsonNode> mine = outcomeEvents(id);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("type").asText()).isEqualTo(EventTypes.NOTIFICATION_FAILED);
        assertThat(mine.get(0).at("/data/notificationId").asText()).isEqualTo(event.id());
        assertThat(mine.get(0).at("/data/status").asText()).isEqualTo("FAILED");
        assertThat(mine.get(0).at("/data/attempts").asInt()).isEqualTo(4);
    }

    @Test
    void clientErrorFailsAtOnceAndCanBeRetriedByHand() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answer(400)) {
            Changed changed = changeOneFreshRecommendation("Mission D", receiver.url(), "FAILED");
            String id = changed.subscription();
            Events.Sent event = changed.event();
            JsonPath d = Fixtures.deliveries(id).extract().jsonPath();
            assertThat(d.getInt("[0].attemptCount")).isEqualTo(1);
            assertThat(d.getInt("[0].lastHttpStatus")).isEqualTo(400);
            OpenApiAnswers.served().assertFits("Delivery", Fixtures.deliveries(id).extract().as(JsonNode.class));
            long deliveryId = d.getLong("[0].id");

            given().header("Authorization", Tokens.delegation("Mission D")).post("/subscriptions/" + id + "/deliveries/" + deliveryId + "/retry")
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            await().atMost(WAIT).untilAsserted(() -> Fixtures.deliveries(id)
                    .body("[0].status", equalTo("DELIVERED")).body("[0].attemptCount", equalTo(2)));
            assertThat(receiver.received(event.id())).hasSize(2);

            given().header("Authorization", Tokens.delegation("Mission D")).post("/subscriptions/" + id + "/deliveries/" + deliveryId + "/retry")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409)).body("deliveryStatus", equalTo("DELIVERED"));
            given().header("Authorization", Tokens.delegation("Mission D")).post("/subscriptions/" + id + "/deliveries/999999999/retry")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void targetThatTheAddressPolicyRefusesIsNeverCalled() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PARTNERSHIPS", List.of("THINK_TANKS"));
        // written around the API (as if the policy had changed since), so only the send-time check stands in the way
        String id = java.util.UUID.randomUUID().toString();
        try (var c = org.a4p.testing.TestInfra.connect("notifications");
             var ps = c.prepareStatement("INSERT INTO subscription (id, subscriber, channel, target, secret, recommendations, created_at)"
                     + " VALUES (?::uuid, 'old', 'WEBHOOK', 'http://10.0.0.1:9/hook', 'k', ARRAY[?], now())")) {
            ps.setString(1, id);
            ps.setInt(2, n);
            ps.executeUpdate();
        }
        Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
        await().atMost(WAIT).untilAsserted(() -> Fixtures.deliveries(id)
                .body("[0].status", equalTo("FAILED"))
                .body("[0].attemptCount", equalTo(1))
                .body("[0].lastError", equalTo("target refused by the address policy")));
    }

    @Test
    void sameEventTwiceOnTheTopicYieldsOneWebhook() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "SAFETY_AND_SECURITY", List.of("MEMBER_STATES"));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribeToRecommendation("Mission E", receiver.url(), n).getString("id");
            Events.Sent event = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            event.send();
            // a later event on the same key shows both copies were consumed before we count
            Events.Sent later = Events.statusChanged(n, "UNDER_CONSIDERATION", "ACCEPTED", 3).send();

            await().atMost(WAIT).until(() -> receiver.received(later.id()).size() == 1);
            // a delivery is stored in the transaction that consumes its event, so once the later event's webhook
            // came, a second copy would have its delivery already: two deliveries prove none, no waiting needed
            Fixtures.deliveries(id).body("size()", equalTo(2));
            assertThat(receiver.received(event.id())).hasSize(1);
        }
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        int n = Events.freshNumber();
        recommendation(n, "POLITICS", List.of("MEMBER_STATES"));
        String garbage = "not a cloud event " + n;
        KafkaTopics.send(Topics.RECOMMENDATION_EVENTS, String.valueOf(n), garbage);
        Events.Sent wrongData = Events.event(Topics.RECOMMENDATION_EVENTS, String.valueOf(n), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_STATUS_CHANGED, "recommendations/" + n, Map.of("number", "many")).send();
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, "x", "{\"specversion\":\"1.0\",\"id\":\"" + n + "\"}");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribeToRecommendation("Mission F", receiver.url(), n);
            Events.Sent good = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            await().atMost(WAIT).until(() -> receiver.received(good.id()).size() == 1);
        }
        // the dead-letter topics are created by their first record, so their metadata may take a moment
        String stakeholderPoison = "{\"specversion\":\"1.0\",\"id\":\"" + n + "\"}";
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(KafkaTopics.readAll(
                        Topics.deadLetter(Topics.RECOMMENDATION_EVENTS), Duration.ofSeconds(5),
                        rs -> rs.stream().filter(r -> garbage.equals(r.value()) || wrongData.json().equals(r.value())).count() == 2))
                .extracting(ConsumerRecord::value).contains(garbage, wrongData.json()));
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(KafkaTopics.readAll(
                        Topics.deadLetter(Topics.STAKEHOLDER_EVENTS), Duration.ofSeconds(5),
                        rs -> rs.stream().anyMatch(r -> stakeholderPoison.equals(r.value()))))
                .extracting(ConsumerRecord::value).contains(stakeholderPoison));
    }

    @Test
    void feedHoldsTheSameNotificationsAsTheWebhooksInOrderAndResumes() {
        int n = Events.freshNumber();
        recommendation(n, "WOMEN_PEACE_AND_SECURITY", List.of("SECRETARIAT"));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribeToRecommendation("Mission G", receiver.url(), n).getString("id");
            List<Events.Sent> events = List.of(
                    Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send(),
                    Events.statusChanged(n, "UNDER_CONSIDERATION", "ACCEPTED", 3).send(),
                    Events.statusChanged(n, "ACCEPTED", "IN_PROGRESS", 4).send());
            await().atMost(WAIT).until(() -> events.stream().allMatch(e -> receiver.received(e.id()).size() == 1));

            JsonPath first = given().header("Authorization", Tokens.secretariat()).queryParam("limit", 2).get("/subscriptions/" + id + "/feed")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(first.getList("items.eventId")).containsExactly(events.get(0).id(), events.get(1).id());
            JsonPath second = given().header("Authorization", Tokens.secretariat()).queryParam("after", first.getString("nextCursor")).queryParam("limit", 2)
                    .get("/subscriptions/" + id + "/feed").then().statusCode(200).extract().jsonPath();
            assertThat(second.getList("items.eventId")).containsExactly(events.get(2).id());
            JsonPath end = given().header("Authorization", Tokens.secretariat()).queryParam("after", second.getString("nextCursor"))
                    .get("/subscriptions/" + id + "/feed").then().statusCode(200).extract().jsonPath();
            assertThat(end.getList("items")).isEmpty();
            assertThat(end.getString("nextCursor")).isEqualTo(second.getString("nextCursor"));

            // same ids, same types, same payloads as the webhooks
            JsonNode all = json(given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + id + "/feed").then().extract().asString());
            for (JsonNode item : all.get("items")) {
                WebhookReceiver.Received hook = receiver.received(item.get("eventId").asText()).get(0);
                assertThat(item.get("type").asText()).isEqualTo(hook.type());
                assertThat(item.get("payload")).isEqualTo(hook.json());
            }
            given().header("Authorization", Tokens.secretariat()).queryParam("after", "not-a-cursor").get("/subscriptions/" + id + "/feed")
                    .then().statusCode(400).contentType("application/problem+json");
            given().header("Authorization", Tokens.secretariat()).queryParam("limit", 101).get("/subscriptions/" + id + "/feed")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    private record Changed(String subscription, Events.Sent event) {
    }

    /**
     * A subscription to one fresh recommendation only (so no other test's event reaches it), one status change
     * of that recommendation, and the wait until its delivery has the given status.
     */
    private static Changed changeOneFreshRecommendation(String subscriber, String target, String status) {
        int n = Events.freshNumber();
        recommendation(n, "POLITICS", List.of("SECURITY_COUNCIL"));
        String id = subscribeToRecommendation(subscriber, target, n).getString("id");
        Events.Sent event = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
        await().atMost(WAIT).untilAsserted(() -> Fixtures.deliveries(id).body("[0].status", equalTo(status)));
        return new Changed(id, event);
    }

    /** The notification-events of one subscription (key = subscription id). */
    static List<JsonNode> outcomeEvents(String subscriptionId) {
        return KafkaTopics.readAll(Topics.NOTIFICATION_EVENTS, WAIT,
                        rs -> rs.stream().anyMatch(r -> subscriptionId.equals(r.key())))
                .stream().filter(r -> subscriptionId.equals(r.key())).map(r -> json(r.value())).toList();
    }

    static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    static JsonNode json(String s) {
        try {
            return Events.MAPPER.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.a4p.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.testing.OpenApiAnswers;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Position changes (recommendations-service's position-changed.v1) alert who follows the addressee, and briefings show them. */
@QuarkusTest
class PositionChangeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aBodysPositionChangeAlertsWhoFollowsTheBodyOrItsCategoryAndNobodyElse() {
        int n = Events.freshNumber();
        int other = Events.freshNumber();
        String body = Events.fresh("BODY");
        String otherBody = Events.fresh("BODY");
        Events.stakeholder(body, "BODY", "THINK_TANKS").send();
        Events.stakeholder(otherBody, "BODY", "FIELD_MISSIONS").send();
        recommendation(other, "POLITICS", List.of("FIELD_MISSIONS"));
        recommendation(n, "CONDUCT", List.of("THINK_TANKS"));
        Fixtures.awaitStakeholder(body);
        Fixtures.awaitStakeholder(otherBody);
        List<WebhookReceiver> receivers = List.of(WebhookReceiver.start(), WebhookReceiver.start(), WebhookReceiver.start());
        try {
            String byBody = subscribe(Map.of("subscriber", "by body", "channel", "WEBHOOK", "target", receivers.get(0).url(),
                    "bodies", List.of(body))).getString("id");
            subscribe(Map.of("subscriber", "by category", "channel", "WEBHOOK", "target", receivers.get(1).url(),
                    "stakeholders", List.of("THINK_TANKS")));
            subscribe(Map.of("subscriber", "not matching", "channel", "WEBHOOK", "target", receivers.get(2).url(),
                    "bodies", List.of(otherBody), "recommendations", List.of(other)));

            Events.Sent set = Events.positionChanged(n, body, "SET", "ACCEPTED", "IN_PROGRESS", null, 0, 5).send();
            await().atMost(WAIT).until(() -> receivers.get(0).received(set.id()).size() == 1
                    && receivers.get(1).received(set.id()).size() == 1);
            WebhookReceiver.Received hook = receivers.get(0).received(set.id()).get(0);
            assertThat(hook.type()).isEqualTo(EventTypes.RECOMMENDATION_POSITION_CHANGED);
            JsonNode json = hook.json();
            assertThat(json.get("type").asText()).isEqualTo(EventTypes.RECOMMENDATION_POSITION_CHANGED);
            assertThat(json.get("eventId").asText()).isEqualTo(set.id());
            assertThat(json.at("/recommendation/number").asInt()).isEqualTo(n);
            assertThat(json.at("/recommendation/area").asText()).isEqualTo("CONDUCT");
            assertThat(json.get("stakeholder").asText()).isEqualTo(body);
            assertThat(json.get("change").asText()).isEqualTo("SET");
            assertThat(json.get("acceptance").asText()).isEqualTo("ACCEPTED");
            assertThat(json.get("implementation").asText()).isEqualTo("IN_PROGRESS");
            assertThat(json.get("previousAcceptance").isNull()).isTrue();
            assertThat(json.at("/evidence/0/symbol").asText()).isEqualTo("A/77/19");
            OpenApiAnswers.served().assertFits("PositionChangeNotification", json);

            // a replay of an older position version alerts nobody; the next change does
            Events.Sent stale = Events.positionChanged(n, body, "SET", "NOT_ACCEPTED", "NOT_STARTED", "PENDING", 0, 5).send();
            Events.Sent removed = Events.positionChanged(n, body, "REMOVED", "ACCEPTED", "IN_PROGRESS", "ACCEPTED", 1, 6).send();
            await().atMost(WAIT).until(() -> receivers.get(0).received(removed.id()).size() == 1);
            assertThat(receivers.get(0).received(stale.id())).isEmpty();
            assertThat(receivers.get(1).received(stale.id())).isEmpty();
            assertThat(receivers.get(2).received(set.id())).isEmpty();
            assertThat(receivers.get(2).received(removed.id())).isEmpty();

            // the feed carries them as their own payload type
            JsonNode feed = given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + byBody + "/feed")
                    .then().statusCode(200).extract().as(JsonNode.class);
            assertThat(feed.at("/items/0/type").asText()).isEqualTo(EventTypes.RECOMMENDATION_POSITION_CHANGED);
            assertThat(feed.at("/items/1/payload/change").asText()).isEqualTo("REMOVED");
            OpenApiAnswers.served().assertFits("Feed", feed);
        } finally {
            receivers.forEach(WebhookReceiver::close);
        }
    }

    @Test
    void aBriefingListsTheMeetingBodysOwnPositionOnEachRecommendation() {
        String body = Events.fresh("BODY");
        Events.stakeholder(body, "BODY", "SECURITY_COUNCIL").send();
        int ownPosition = Events.freshNumber();
        int categoryPosition = Events.freshNumber();
        int untouched = Events.freshNumber();
        int removed = Events.freshNumber();
        for (int n : List.of(ownPosition, categoryPosition, untouched, removed)) {
            recommendation(n, "POLITICS", List.of("SECURITY_COUNCIL"));
        }
        Fixtures.awaitStakeholder(body);
        Events.positionChanged(ownPosition, body, "SET", "ACCEPTED", "IMPLEMENTED", null, 0, 2).send();
        Events.positionChanged(ownPosition, "SECURITY_COUNCIL", "SET", "NOT_ACCEPTED", "NOT_STARTED", "PENDING", 1, 3).send();
        Events.positionChanged(categoryPosition, "SECURITY_COUNCIL", "SET", "PARTIALLY_ACCEPTED", "STALLED", "PENDING", 1, 2).send();
        Events.positionChanged(removed, "SECURITY_COUNCIL", "REMOVED", "PENDING", "NOT_STARTED", "PENDING", 1, 2).send();
        Fixtures.awaitDb("SELECT count(*) FROM recommendation_position WHERE number = ANY (?)", 4,
                (Object) new Integer[]{ownPosition, categoryPosition, removed});
        String session = Events.fresh("S");
        Events.session(EventTypes.SESSION_SCHEDULED, session, body, "DEFENCE_MINISTERIAL",
                LocalDate.now(ZoneOffset.UTC).plusDays(40)).send();
        Fixtures.awaitDb("SELECT count(*) FROM session WHERE id = ?", 1, session);

        JsonPath briefing = given().queryParam("session", session).accept("application/json").get("/briefings")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> own = item(briefing, ownPosition);
        assertThat(own).containsEntry("stakeholder", body).containsEntry("acceptance", "ACCEPTED").containsEntry("implementation", "IMPLEMENTED");
        assertThat(item(briefing, categoryPosition)).containsEntry("stakeholder", "SECURITY_COUNCIL")
                .containsEntry("acceptance", "PARTIALLY_ACCEPTED").containsEntry("implementation", "STALLED");
        assertThat(item(briefing, untouched)).containsEntry("stakeholder", "SECURITY_COUNCIL")
                .containsEntry("acceptance", "PENDING").containsEntry("implementation", "NOT_STARTED");
        assertThat(item(briefing, removed)).isNull();
        String markdown = given().queryParam("session", session).accept("text/markdown").get("/briefings").then().statusCode(200)
                .extract().asString();
        // Markdown escapes the underscores and colons of what came from data
        assertThat(markdown).contains((body + "\\: ACCEPTED, IMPLEMENTED").replace("_", "\\_"),
                "SECURITY\\_COUNCIL\\: PARTIALLY\\_ACCEPTED, STALLED");
    }

    /** The position of recommendation {@code number} in the briefing (null when it has none). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(JsonPath briefing, int number) {
        List<Map<String, Object>> items = briefing.getList("recommendations");
        Map<String, Object> item = items.stream().filter(i -> ((Integer) i.get("number")) == number).findFirst()
                .orElseThrow(() -> new AssertionError("recommendation " + number + " is not in the briefing"));
        return (Map<String, Object>) item.get("position");
    }
}

package org.a4p.notifications;

import org.a4p.testing.Sql;
import org.a4p.testing.ShiftableClock;

import org.a4p.testing.OpenApiAnswers;
import org.a4p.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.notifications.service.BriefingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BriefingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The documented X-A4P-Event-Type of briefings (spelled out: it is part of the contract). */
    private static final String BRIEFING_TYPE = "org.a4p.briefing.v1";

    @Inject
    ShiftableClock clock;

    @Inject
    BriefingService briefings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<WebhookReceiver.Received> briefingsFor(WebhookReceiver receiver, String sessionId) {
        return receiver.received().stream()
                .filter(r -> BRIEFING_TYPE.equals(r.type()) && sessionId.equals(r.json().at("/session/id").asText()))
                .toList();
    }

    private static List<Integer> numbers(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("number").asInt()).toList();
    }

    @Test
    void c34SessionSevenDaysAwayYieldsExactlyOneBriefingWithTheMemberStatesRecommendations() throws Exception {
        Events.stakeholder("MEMBER_STATES", "CATEGORY", "MEMBER_STATES").send();
        Events.stakeholder("C34", "BODY", "MEMBER_STATES").send();
        int memberStates = Events.freshNumber();
        int shared = Events.freshNumber();
        int councilOnly = Events.freshNumber();
        recommendation(memberStates, "PERFORMANCE_AND_ACCOUNTABILITY", List.of("MEMBER_STATES"));
        recommendation(shared, "PROTECTION", List.of("SECRETARIAT", "MEMBER_STATES"));
        recommendation(councilOnly, "POLITICS", List.of("SECURITY_COUNCIL"));
        Fixtures.awaitStakeholder("C34");

        // the previous C-34 session started 60 days ago: a change before it is not "since", one after it is
        String previous = Events.fresh("c34-prev");
        Events.session(EventTypes.SESSION_SCHEDULED, previous, "C34", "C34_SUBSTANTIVE", today().minusDays(60)).send();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Events.Sent before = Events.statusChanged(memberStates, "PROPOSED", "UNDER_CONSIDERATION", 2, now.minusDays(90)).send();
        Events.Sent since = Events.statusChanged(shared, "PROPOSED", "ACCEPTED", 2, now.minusDays(10)).send();
        Events.Sent otherCategory = Events.statusChanged(councilOnly, "PROPOSED", "ACCEPTED", 2, now.minusDays(5)).send();
        Fixtures.awaitRecommendation(councilOnly, 2);
        Fixtures.awaitRecommendation(shared, 2);

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath sub = subscribe(Map.of("subscriber", "Mission of Briefed", "channel", "WEBHOOK",
                    "target", receiver.url(), "bodies", List.of("C34"), "leadDays", List.of(7)));
            String session = Events.fresh("c34");
            LocalDate startsOn = today().plusDays(7);
            Events.session(EventTypes.SESSION_SCHEDULED, session, "C34", "C34_SUBSTANTIVE", startsOn).send();

            await().atMost(WAIT).until(() -> briefingsFor(receiver, session).size() == 1);
            BriefingChecks.awaitACheckAfterNow(briefings);
            assertThat(BriefingChecks.deliveries(sub.getString("id"), session)).isEqualTo(1);
            List<WebhookReceiver.Received> hooks = briefingsFor(receiver, session);
            assertThat(hooks).hasSize(1);
            WebhookReceiver.Received hook = hooks.get(0);
            assertThat(hook.signature()).isEqualTo("sha256=" + StatusChangeWebhookTest.hmacHex(sub.getString("secret"), hook.body()));

            JsonNode b = hook.json();
            assertThat(b.get("eventId").asText()).isEqualTo(hook.eventId());
            assertThat(b.get("type").asText()).isEqualTo(BRIEFING_TYPE);
            assertThat(b.get("leadDays").asInt()).isEqualTo(7);
            assertThat(b.at("/session/body").asText()).isEqualTo("C34");
            assertThat(b.at("/session/kind").asText()).isEqualTo("C34_SUBSTANTIVE");
            assertThat(b.at("/session/startsOn").asText()).isEqualTo(startsOn.toString());
            assertThat(b.get("category").asText()).isEqualTo("MEMBER_STATES");
            assertThat(b.get("previousSessionStartsOn").asText()).isEqualTo(today().minusDays(60).toString());

            List<Integer> listed = numbers(b.get("recommendations"));
            List<Integer> expected = new ArrayList<>();
            Sql.column("notifications", "SELECT number FROM recommendation WHERE 'MEMBER_STATES' = ANY (stakeholders) ORDER BY number")
                    .forEach(o -> expected.add(((Number) o).intValue()));
            assertThat(listed).isEqualTo(expected).contains(memberStates, shared).doesNotContain(councilOnly);
            JsonNode sharedItem = StreamSupport.stream(b.get("recommendations").spliterator(), false)
                    .filter(i -> i.get("number").asInt() == shared).findFirst().orElseThrow();
            assertThat(sharedItem.get("status").asText()).isEqualTo("ACCEPTED");

            List<Integer> changed = numbers(b.get("changesSincePreviousSession"));
            assertThat(changed).contains(shared).doesNotContain(memberStates, councilOnly);
            JsonNode change = StreamSupport.stream(b.get("changesSincePreviousSession").spliterator(), false)
                    .filter(c -> c.get("number").asInt() == shared).findFirst().orElseThrow();
            assertThat(change.get("from").asText()).isEqualTo("PROPOSED");
            assertThat(change.get("to").asText()).isEqualTo("ACCEPTED");
            assertThat(change.get("by").asText()).isEqualTo("secretariat-officer");
            assertThat(before.id()).isNotEqualTo(since.id()).isNotEqualTo(otherCategory.id());

            // on demand: the same briefing, as JSON and as Markdown
            JsonNode onDemand = Events.MAPPER.readTree(given().queryParam("session", session).get("/briefings")
                    .then().statusCode(200).contentType("application/json").extract().asString());
            assertThat(onDemand.has("eventId")).isFalse();
            assertThat(onDemand.get("session")).isEqualTo(b.get("session"));
            assertThat(numbers(onDemand.get("recommendations"))).isEqualTo(listed);
            assertThat(numbers(onDemand.get("changesSincePreviousSession"))).isEqualTo(changed);
            String markdown = given().accept("text/markdown").queryParam("session", session).get("/briefings")
                    .then().statusCode(200).contentType("text/markdown").extract().asString();
            // the title came from data: its Markdown control characters arrive escaped
            assertThat(markdown).startsWith("# Briefing: Session " + session.replace("_", "\\_"))
                    .contains("| # | Area | Recommendation | Status |")
                    .contains("[" + shared + "](http://localhost:8081/recommendations/" + shared + ")")
                    .contains("recommendation " + shared + " PROPOSED → ACCEPTED")
                    .contains(startsOn.toString());

            // the feed has the same briefing
            JsonNode feed = Events.MAPPER.readTree(given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + sub.getString("id") + "/feed")
                    .then().statusCode(200).extract().asString());
            JsonNode item = StreamSupport.stream(feed.get("items").spliterator(), false)
                    .filter(i -> hook.eventId().equals(i.get("eventId").asText())).findFirst().orElseThrow();
            assertThat(item.get("payload")).isEqualTo(b);
            assertThat(item.get("type").asText()).isEqualTo(BRIEFING_TYPE);
            OpenApiAnswers answers = OpenApiAnswers.served();
            answers.assertFits("Feed", feed);
            answers.assertFits("Briefing", onDemand);

        }
    }

    @Test
    void briefingIsSentOnceAcrossARestart() throws Exception {
        RestartFixture.briefOnceAcrossRestart(getClass().getSimpleName(), briefings);
    }

    @Test
    void rescheduledSessionIsBriefedAgainForItsNewDate() {
        String body = Fixtures.memberStatesBody("FIFTH");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(Map.of("subscriber", "Mission R", "channel", "WEBHOOK", "target", receiver.url(),
                    "bodies", List.of(body), "leadDays", List.of(7)));
            String session = Events.fresh("fifth");
            Events.session(EventTypes.SESSION_SCHEDULED, session, body, "FIFTH_COMMITTEE_RESUMED", today().plusDays(7)).send();
            await().atMost(WAIT).until(() -> briefingsFor(receiver, session).size() == 1);

            LocalDate moved = today().plusDays(5);
            Events.session(EventTypes.SESSION_CHANGED, session, body, "FIFTH_COMMITTEE_RESUMED", moved).send();
            await().atMost(WAIT).until(() -> briefingsFor(receiver, session).size() == 2);
            List<WebhookReceiver.Received> briefings = briefingsFor(receiver, session);
            assertThat(briefings.get(1).json().at("/session/startsOn").asText()).isEqualTo(moved.toString());
            assertThat(briefings.get(1).eventId()).isNotEqualTo(briefings.get(0).eventId());
        }
    }

    @Test
    void cancelledSessionGetsNoBriefingWhenItsLeadTimeComes() throws Exception {
        String body = Fixtures.memberStatesBody("MINISTERIAL");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String sub = subscribe(Map.of("subscriber", "Mission X", "channel", "WEBHOOK", "target", receiver.url(),
                    "stakeholders", List.of("MEMBER_STATES"), "leadDays", List.of(7))).getString("id");
            String cancelled = Events.fresh("cancelled");
            String kept = Events.fresh("kept");
            LocalDate startsOn = today().plusDays(30);
            Events.session(EventTypes.SESSION_SCHEDULED, cancelled, body, "DEFENCE_MINISTERIAL", startsOn).send();
            Events.session(EventTypes.SESSION_SCHEDULED, kept, body, "DEFENCE_MINISTERIAL", startsOn).send();
            Events.session(EventTypes.SESSION_CANCELLED, cancelled, body, "DEFENCE_MINISTERIAL", startsOn).send();
            Fixtures.awaitDb("SELECT count(*) FROM session WHERE id = ?", 1, kept);
            Fixtures.awaitDb("SELECT count(*) FROM session WHERE id = ?", 0, cancelled);
            BriefingChecks.awaitACheckAfterNow(briefings);
            assertThat(BriefingChecks.deliveries(sub, kept)).isZero(); // 30 days away: not yet
            assertThat(briefingsFor(receiver, kept)).isEmpty();

            clock.shift(Duration.ofDays(23)); // now 7 days before both sessions
            await().atMost(WAIT).until(() -> briefingsFor(receiver, kept).size() == 1);
            BriefingChecks.awaitACheckAfterNow(briefings);
            assertThat(BriefingChecks.deliveries(sub, cancelled)).isZero();
            assertThat(BriefingChecks.deliveries(sub, kept)).isEqualTo(1);
            assertThat(briefingsFor(receiver, cancelled)).isEmpty();
            assertThat(briefingsFor(receiver, kept)).hasSize(1);
            // the subscription follows a category, so other tests' briefings may reach it too: only this one counts
            String keptId = briefingsFor(receiver, kept).get(0).eventId();
            await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", Tokens.secretariat())
                    .get("/subscriptions/" + sub + "/deliveries").then().statusCode(200)
                    .body("find { it.eventId == '" + keptId + "' }.status", equalTo("DELIVERED")));
            given().queryParam("session", cancelled).get("/briefings").then().statusCode(404);
        }
    }
}

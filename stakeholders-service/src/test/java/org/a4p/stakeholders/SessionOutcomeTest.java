package org.a4p.stakeholders;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.AsyncApiContract;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * PUT /sessions/{id}/outcome: recorded, replaced, shown in every read, announced once per change, and every refusal
 * a problem that changes nothing. The clock stands at {@link TestClock#NOW} (2026-01-15).
 */
@QuarkusTest
class SessionOutcomeTest {

    private static final String SUBJECT = "sessions/";

    @Test
    void anOutcomeIsRecordedShownInEveryReadReplacedAndAnnouncedWithTheNewVersion() throws Exception {
        String body = TestData.newStakeholder("INTERGOVERNMENTAL_BODY", "MEMBER_STATES");
        String id = TestData.newSession(body, "Session " + UUID.randomUUID(), "2025-02-18", "2025-03-14");
        given().get("/sessions/{id}", id).then().statusCode(200).body("outcome", nullValue());

        write("\"0\"", Map.of("outcome", "NO_SUBSTANTIVE_REPORT", "note", "  Only the procedural report.  "))
                .put("/sessions/{id}/outcome", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("outcome.outcome", equalTo("NO_SUBSTANTIVE_REPORT"))
                .body("outcome.documentSymbol", nullValue()).body("outcome.note", equalTo("Only the procedural report."))
                .body("outcome.recordedBy", equalTo("editor@secretariat.test"))
                .body("outcome.recordedAt", equalTo("2026-01-15T08:30:05Z"));
        given().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("outcome.outcome", equalTo("NO_SUBSTANTIVE_REPORT"));
        given().queryParam("body", body).get("/sessions").then().statusCode(200)
                .body("[0].outcome.outcome", equalTo("NO_SUBSTANTIVE_REPORT"));

        // the same again is no change: same version, no event
        write(null, Map.of("outcome", "NO_SUBSTANTIVE_REPORT", "note", "Only the procedural report."))
                .put("/sessions/{id}/outcome", id).then().statusCode(200).header("ETag", "\"1\"");
        // a correction replaces it (If-Match honoured) and a later PUT of the session keeps it
        write("\"1\"", Map.of("outcome", "REPORT_ADOPTED", "documentSymbol", "A/79/19"))
                .put("/sessions/{id}/outcome", id).then().statusCode(200).header("ETag", "\"2\"")
                .body("outcome.outcome", equalTo("REPORT_ADOPTED")).body("outcome.documentSymbol", equalTo("A/79/19"))
                .body("outcome.note", nullValue());
        write("\"2\"", TestData.session(body, "Renamed session", "2025-02-18", "2025-03-14", false))
                .put("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"3\"")
                .body("outcome.documentSymbol", equalTo("A/79/19"));

        List<Events.Received> events = Events.about(SUBJECT + id, 4);
        assertThat(Events.types(events)).containsExactly(EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_OUTCOME_RECORDED,
                EventTypes.SESSION_OUTCOME_RECORDED, EventTypes.SESSION_CHANGED);
        JsonNode first = events.get(1).event().data();
        assertThat(events.get(1).key()).isEqualTo(id);
        assertThat(first.get("id").asText()).isEqualTo(id);
        assertThat(first.get("body").asText()).isEqualTo(body);
        assertThat(first.get("outcome").asText()).isEqualTo("NO_SUBSTANTIVE_REPORT");
        assertThat(first.get("documentSymbol").isNull()).isTrue();
        assertThat(first.get("note").asText()).isEqualTo("Only the procedural report.");
        assertThat(first.get("recordedBy").asText()).isEqualTo("editor@secretariat.test");
        assertThat(first.get("version").asLong()).isEqualTo(1);
        JsonNode second = events.get(2).event().data();
        assertThat(second.get("documentSymbol").asText()).isEqualTo("A/79/19");
        assertThat(second.get("version").asLong()).isEqualTo(2);

        // both fit the schema of the served AsyncAPI document
        List<ConsumerRecord<String, String>> records = KafkaTopics.readAll(Topics.STAKEHOLDER_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().filter(r -> r.value().contains(SUBJECT + id)).count() >= 4).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertThat(records).hasSize(4);
        assertThat(AsyncApiContract.served().violations(Topics.STAKEHOLDER_EVENTS, records)).isEmpty();

        // cancelling a session with an outcome works as before
        write("\"3\"", null).delete("/sessions/{id}", id).then().statusCode(204);
        given().get("/sessions/{id}", id).then().statusCode(404);
    }

    @Test
    void aSessionThatHasNotStartedCanOnlyBePostponedAndOneStartingTodayHasStarted() {
        String future = TestData.newSession("C34", "Future " + UUID.randomUUID(), "2026-01-16", "2026-02-05");
        long outbox = Events.count("outbox_event");
        for (String outcome : List.of("NO_SUBSTANTIVE_REPORT", "SUSPENDED")) {
            write(null, Map.of("outcome", outcome)).put("/sessions/{id}/outcome", future).then().statusCode(409)
                    .contentType("application/problem+json").body("type", equalTo("urn:a4p:problem:session-not-started"))
                    .body("startsOn", equalTo("2026-01-16")).body("allowedOutcomes", equalTo(List.of("POSTPONED")));
        }
        write(null, Map.of("outcome", "REPORT_ADOPTED", "documentSymbol", "A/80/19")).put("/sessions/{id}/outcome", future)
                .then().statusCode(409);
        assertUnchanged(future, 0, outbox);

        write(null, Map.of("outcome", "POSTPONED", "note", "Postponed to the spring")).put("/sessions/{id}/outcome", future)
                .then().statusCode(200).header("ETag", "\"1\"").body("outcome.outcome", equalTo("POSTPONED"));

        String today = TestData.newSession("C34", "Today " + UUID.randomUUID(), "2026-01-15", "2026-01-20");
        write(null, Map.of("outcome", "SUSPENDED")).put("/sessions/{id}/outcome", today).then().statusCode(200)
                .body("outcome.outcome", equalTo("SUSPENDED"));
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldAndChangesNothing() {
        String id = TestData.newSession("C34", "Past " + UUID.randomUUID(), "2024-02-20", "2024-03-15");
        write(null, Map.of("outcome", "SUSPENDED")).put("/sessions/{id}/outcome", id).then().statusCode(200);
        long outbox = Events.count("outbox_event");

        write(null, Map.of("outcome", "ADJOURNED")).put("/sessions/{id}/outcome", id).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("REPORT_ADOPTED"))
                .body("detail", containsString("NO_SUBSTANTIVE_REPORT")).body("detail", containsString("POSTPONED"));
        write(null, Map.of("documentSymbol", "A/79/19")).put("/sessions/{id}/outcome", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("outcome")));
        write(null, Map.of("outcome", "REPORT_ADOPTED")).put("/sessions/{id}/outcome", id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("documentSymbol"));
        write(null, Map.of("outcome", "REPORT_ADOPTED", "documentSymbol", "   ")).put("/sessions/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", hasItem("documentSymbol"));
        for (String bad : List.of("A/79/19<script>", "X/79/19", "https://undocs.org/A/79/19", "a/79/19")) {
            write(null, Map.of("outcome", "REPORT_ADOPTED", "documentSymbol", bad)).put("/sessions/{id}/outcome", id)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("documentSymbol"));
        }
        write(null, Map.of("outcome", "NO_SUBSTANTIVE_REPORT", "note", "x".repeat(2001))).put("/sessions/{id}/outcome", id)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> unknown = new HashMap<>(Map.of("outcome", "SUSPENDED", "recordedBy", "someone else"));
        write(null, unknown).put("/sessions/{id}/outcome", id).then().statusCode(400).contentType("application/problem+json");
        write("W/\"1\"", Map.of("outcome", "POSTPONED")).put("/sessions/{id}/outcome", id).then().statusCode(400)
                .body("errors.field", hasItem("If-Match"));
        write(null, Map.of("outcome", "SUSPENDED")).put("/sessions/{id}/outcome", "no-such-session").then().statusCode(404)
                .contentType("application/problem+json");

        assertUnchanged(id, 1, outbox);
        given().get("/sessions/{id}", id).then().body("outcome.outcome", equalTo("SUSPENDED"));
    }

    @Test
    void aStaleIfMatchIsA412AndChangesNothing() {
        String id = TestData.newSession("C34", "Past " + UUID.randomUUID(), "2024-02-20", "2024-03-15");
        write("\"0\"", Map.of("outcome", "SUSPENDED")).put("/sessions/{id}/outcome", id).then().statusCode(200).header("ETag", "\"1\"");
        long outbox = Events.count("outbox_event");
        write("\"0\"", Map.of("outcome", "REPORT_ADOPTED", "documentSymbol", "A/78/19")).put("/sessions/{id}/outcome", id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        assertUnchanged(id, 1, outbox);
        given().get("/sessions/{id}", id).then().body("outcome.outcome", equalTo("SUSPENDED"));
    }

    @Test
    void onlyTheSecretariatMayRecordAnOutcome() {
        String id = TestData.newSession("C34", "Past " + UUID.randomUUID(), "2024-02-20", "2024-03-15");
        long outbox = Events.count("outbox_event");
        Map<String, Object> outcome = Map.of("outcome", "SUSPENDED");
        given().contentType("application/json").body(outcome).put("/sessions/{id}/outcome", id).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", Tokens.expired()).contentType("application/json").body(outcome)
                .put("/sessions/{id}/outcome", id).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.delegation("Delegation of Sweden")).contentType("application/json").body(outcome)
                .put("/sessions/{id}/outcome", id).then().statusCode(403).contentType("application/problem+json");
        assertUnchanged(id, 0, outbox);
    }

    private static void assertUnchanged(String id, long version, long outbox) {
        given().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"" + version + "\"");
        assertThat(Events.count("outbox_event")).isEqualTo(outbox);
    }

    private static RequestSpecification write(String ifMatch, Object body) {
        RequestSpecification spec = given().header("Authorization", Tokens.secretariat()).contentType("application/json");
        if (body != null) {
            spec = spec.body(body);
        }
        return ifMatch == null ? spec : spec.header("If-Match", ifMatch);
    }
}

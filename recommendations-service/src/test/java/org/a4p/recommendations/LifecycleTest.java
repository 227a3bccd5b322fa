package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationStatus;
import org.a4p.recommendations.repository.RecommendationRepository;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LifecycleTest {

    @Inject
    RecommendationRepository repository;

    static final List<String> WALK = List.of("UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS", "STALLED", "IN_PROGRESS", "IMPLEMENTED");

    @Test
    void fullWalkIsReflectedInHistoryAndInOneEventPerChange() {
        int number = Fixtures.createRecommendation("Full walk");
        String etag = given().when().get("/recommendations/" + number).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).extract().header("ETag");
        String previous = "PROPOSED";
        for (int i = 0; i < WALK.size(); i++) {
            String next = WALK.get(i);
            String newEtag = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat("editor-" + i)).header("If-Match", etag)
                    .body(Map.of("status", next, "note", "step " + i, "evidenceUrl", "https://example.org/evidence/" + i))
                    .when().post("/recommendations/" + number + "/status")
                    .then().statusCode(200)
                    .body("status", equalTo(next))
                    .extract().header("ETag");
            assertThat(newEtag).isNotEqualTo(etag).matches("\"\\d+\"");
            given().when().get("/recommendations/" + number).then().header("ETag", newEtag).body("status", equalTo(next));
            etag = newEtag;
            previous = next;
        }
        assertThat(previous).isEqualTo("IMPLEMENTED");

        JsonPath history = given().when().get("/recommendations/" + number + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("to", String.class)).containsExactlyElementsOf(WALK);
        assertThat(history.getList("from", String.class)).containsExactly(
                "PROPOSED", "UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS", "STALLED", "IN_PROGRESS");
        assertThat(history.getList("by", String.class)).containsExactly(
                "editor-0", "editor-1", "editor-2", "editor-3", "editor-4", "editor-5");
        assertThat(history.getList("note", String.class)).containsExactly("step 0", "step 1", "step 2", "step 3", "step 4", "step 5");
        assertThat(history.getString("[5].evidenceUrl")).isEqualTo("https://example.org/evidence/5");
        List<OffsetDateTime> times = history.getList("at", String.class).stream().map(OffsetDateTime::parse).toList();
        assertThat(times).isSorted();

        List<JsonNode> events = Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, WALK.size());
        assertThat(events).hasSize(WALK.size());
        assertThat(events.stream().map(e -> e.get("data").get("newStatus").asText()).toList()).containsExactlyElementsOf(WALK);
        assertThat(events.stream().map(e -> e.get("data").get("version").asLong()).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(events.stream().map(e -> e.get("id").asText()).distinct()).hasSize(WALK.size());
        // the last event carries the version the API serves as ETag
        assertThat("\"" + events.get(WALK.size() - 1).get("data").get("version").asLong() + "\"").isEqualTo(etag);

        // IMPLEMENTED is terminal
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(Map.of("status", "SUPERSEDED"))
                .when().post("/recommendations/" + number + "/status")
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowedStatuses", org.hamcrest.Matchers.empty());
    }

    @Test
    void proposedToImplementedIsAConflictNamingTheAllowedStatuses() {
        int number = Fixtures.createRecommendation("Skip ahead");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(Map.of("status", "IMPLEMENTED"))
                .when().post("/recommendations/" + number + "/status")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:a4p:problem:invalid-transition"))
                .body("status", equalTo(409))
                .body("allowedStatuses", contains("UNDER_CONSIDERATION", "NOT_ACCEPTED", "SUPERSEDED"));
        given().when().get("/recommendations/" + number).then().body("status", equalTo("PROPOSED"));
        given().when().get("/recommendations/" + number + "/history").then().body("size()", equalTo(0));
    }

    @Test
    void staleIfMatchIsPreconditionFailedAndChangesNothing() {
        int number = Fixtures.createRecommendation("Stale");
        String first = given().when().get("/recommendations/" + number).then().extract().header("ETag");
        String second = Fixtures.changeStatus(number, "UNDER_CONSIDERATION", "first");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", first).body(Map.of("status", "ACCEPTED"))
                .when().post("/recommendations/" + number + "/status")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:a4p:problem:precondition-failed"));
        given().when().get("/recommendations/" + number).then()
                .header("ETag", second).body("status", equalTo("UNDER_CONSIDERATION"));
        // the current one and '*' are accepted
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", "*").body(Map.of("status", "ACCEPTED"))
                .when().post("/recommendations/" + number + "/status").then().statusCode(200);
        assertThat(Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, 2)).hasSize(2);
    }

    @Test
    void malformedIfMatchIsABadRequest() {
        int number = Fixtures.createRecommendation("Malformed If-Match");
        for (String bad : List.of("0", "W/\"0\"", "\"abc\"")) {
            given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", bad).body(Map.of("status", "UNDER_CONSIDERATION"))
                    .when().post("/recommendations/" + number + "/status")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-Match"));
        }
        given().when().get("/recommendations/" + number).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void aPlainConsumerSeesTheCloudEventAttributesAndData() {
        int number = Fixtures.createRecommendation("Plain consumer");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat("editor-for-ghana"))
                .body(Map.of("status", "UNDER_CONSIDERATION", "note", "Raised at the C-34", "evidenceUrl", "https://undocs.org/en/A/73/19"))
                .when().post("/recommendations/" + number + "/status").then().statusCode(200);
        JsonNode event = Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, 1).get(0);
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isNotBlank();
        assertThat(event.get("source").asText()).isEqualTo(EventTypes.SOURCE_RECOMMENDATIONS);
        assertThat(event.get("type").asText()).isEqualTo(EventTypes.RECOMMENDATION_STATUS_CHANGED);
        assertThat(event.get("subject").asText()).isEqualTo("recommendations/" + number);
        assertThat(OffsetDateTime.parse(event.get("time").asText())).isNotNull();
        JsonNode data = event.get("data");
        assertThat(data.get("number").asInt()).isEqualTo(number);
        assertThat(data.get("previousStatus").asText()).isEqualTo("PROPOSED");
        assertThat(data.get("newStatus").asText()).isEqualTo("UNDER_CONSIDERATION");
        assertThat(data.get("note").asText()).isEqualTo("Raised at the C-34");
        assertThat(data.get("evidenceUrl").asText()).isEqualTo("https://undocs.org/en/A/73/19");
        assertThat(data.get("changedBy").asText()).isEqualTo("editor-for-ghana");
        OffsetDateTime changedAt = OffsetDateTime.parse(data.get("changedAt").asText());
        String statusChangedAt = given().when().get("/recommendations/" + number).then().extract().path("statusChangedAt");
        assertThat(OffsetDateTime.parse(statusChangedAt).toInstant()).isEqualTo(changedAt.toInstant());

        // the record key is the number, so one recommendation's events stay in order in one partition
        var records = org.a4p.testing.KafkaTopics.readAll(org.a4p.events.Topics.RECOMMENDATION_EVENTS, java.time.Duration.ofSeconds(30),
                all -> all.stream().anyMatch(r -> r.value().contains(event.get("id").asText())));
        var record = records.stream().filter(r -> r.value().contains(event.get("id").asText())).findFirst().orElseThrow();
        assertThat(record.key()).isEqualTo(Integer.toString(number));
        assertThat(new String(record.headers().lastHeader("content-type").value(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
    }

    @Test
    void theActingUserComesFromTheTokenNotFromAHeader() {
        int number = Fixtures.createRecommendation("Acting user");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat("editor-from-token"))
                .header("X-A4P-Actor", "spoofed-header").body(Map.of("status", "NOT_ACCEPTED"))
                .when().post("/recommendations/" + number + "/status").then().statusCode(200);
        given().when().get("/recommendations/" + number + "/history").then()
                .body("[0].by", equalTo("editor-from-token"))
                .body("[0].to", equalTo("NOT_ACCEPTED"));
    }

    @Test
    void concurrentChangesWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        int number = Fixtures.createRecommendation("Concurrent");
        String etag = given().when().get("/recommendations/" + number).then().extract().header("ETag");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", etag)
                        .body(Map.of("status", "UNDER_CONSIDERATION"))
                        .when().post("/recommendations/" + number + "/status").then().extract().statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(200, 412).filteredOn(c -> c == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/recommendations/" + number + "/history").then().body("size()", equalTo(1));
        assertThat(Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, 1)).hasSize(1);
    }

    /** A change locks the row and then loads it: an instance this transaction loaded before is brought up to date. */
    @Test
    void aLoadForAChangeSeesWhatAnotherTransactionCommittedAfterAnEarlierLoad() throws Exception {
        int number = Fixtures.createRecommendation("Loaded twice");
        RecommendationStatus underLock = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(repository.findById(number).status).isEqualTo(RecommendationStatus.PROPOSED); // no lock yet
            CompletableFuture.runAsync(() -> Fixtures.changeStatus(number, "UNDER_CONSIDERATION", null))
                    .get(30, TimeUnit.SECONDS); // committed by another transaction meanwhile
            return repository.findForUpdate(number).orElseThrow().status;
        });
        assertThat(underLock).isEqualTo(RecommendationStatus.UNDER_CONSIDERATION);
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.recommendations.service.ReadCache;
import org.a4p.testing.AsyncApiContract;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A recommendation's A4P+ priorities, set by the secretariat: the write, its version, history and event, the refusals
 * that change nothing, reads as of a moment and the priority filter. Read answers are cached for an hour in the tests
 * (application.properties), so a fresh answer after a write proves the write invalidated the cache. Every test works
 * on recommendations it creates.
 */
@QuarkusTest
class PrioritiesTest extends WithTestClock {

    static final String WPS = "WOMEN_PEACE_AND_SECURITY";
    static final String STRATCOM = "STRATEGIC_COMMUNICATIONS";
    static final String CAPABILITIES = "CAPABILITIES_AND_MINDSETS";

    @Inject
    ReadCache cache;

    static ValidatableResponse put(int number, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat("priority-editor")).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/recommendations/" + number + "/priorities").then();
    }

    static Map<String, Object> priorities(String... codes) {
        return Map.of("priorities", Arrays.asList(codes));
    }

    @Test
    void setReplaceAndClearAreVersionedInTheHistoryAndOnKafka() {
        int number = Fixtures.createRecommendation("Priorities");
        JsonPath created = given().get("/recommendations/" + number).then().statusCode(200).extract().jsonPath();
        assertThat(created.getList("priorities")).isEmpty();
        long v0 = created.getLong("version");

        // a set: canonical order, a repeated code counts once
        String etag = put(number, "\"" + v0 + "\"", priorities(WPS, STRATCOM, WPS)).statusCode(200)
                .body("priorities", equalTo(List.of(STRATCOM, WPS))).body("version", equalTo((int) v0 + 1))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + (v0 + 1) + "\"");
        given().get("/recommendations/" + number).then().statusCode(200).header("ETag", etag)
                .body("priorities", equalTo(List.of(STRATCOM, WPS)));
        // the same set again, in another order: nothing changes
        put(number, etag, priorities(WPS, STRATCOM)).statusCode(200).header("ETag", etag);

        String replaced = put(number, etag, priorities(CAPABILITIES)).statusCode(200)
                .body("priorities", equalTo(List.of(CAPABILITIES))).extract().header("ETag");
        String cleared = put(number, null, priorities()).statusCode(200)
                .body("priorities", equalTo(List.of())).extract().header("ETag");
        assertThat(cleared).isEqualTo("\"" + (v0 + 3) + "\"");
        assertThat(replaced).isEqualTo("\"" + (v0 + 2) + "\"");

        JsonPath history = given().get("/recommendations/" + number + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("kind", String.class)).containsExactly("PRIORITIES", "PRIORITIES", "PRIORITIES");
        assertThat(history.getList("by", String.class)).containsOnly("priority-editor");
        assertThat(history.getList("priorities")).containsExactly(List.of(STRATCOM, WPS), List.of(CAPABILITIES), List.of());
        assertThat(history.getList("previousPriorities")).containsExactly(List.of(), List.of(STRATCOM, WPS), List.of(CAPABILITIES));

        // create, then the three changes: each an upserted event with the priorities and version it produced
        List<JsonNode> upserted = Fixtures.events(number, EventTypes.RECOMMENDATION_UPSERTED, 4);
        assertThat(upserted).hasSize(4);
        assertThat(upserted.stream().map(e -> e.path("data").path("priorities").toString()).toList()).containsExactly(
                "[]", "[\"" + STRATCOM + "\",\"" + WPS + "\"]", "[\"" + CAPABILITIES + "\"]", "[]");
        assertThat(upserted.stream().map(e -> e.path("data").path("version").asLong()).toList())
                .containsExactly(v0, v0 + 1, v0 + 2, v0 + 3);
        List<ConsumerRecord<String, String>> mine = KafkaTopics.readAll(Topics.RECOMMENDATION_EVENTS, Duration.ofSeconds(30),
                all -> all.stream().filter(r -> String.valueOf(number).equals(r.key())).count() >= 4)
                .stream().filter(r -> String.valueOf(number).equals(r.key())).toList();
        assertThat(AsyncApiContract.served().violations(Topics.RECOMMENDATION_EVENTS, mine)).isEmpty();
    }

    @Test
    void refusalsAreProblemsAndChangeNothing() {
        int number = Fixtures.createRecommendation("Priorities refused");
        String etag = put(number, null, priorities(STRATCOM)).statusCode(200).extract().header("ETag");

        put(number, "\"0\"", priorities(WPS)).statusCode(412).contentType("application/problem+json");
        put(number, etag, priorities(STRATCOM, "POLITICS")).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'POLITICS'")).body("errors[0].field", equalTo("priorities"));
        put(number, etag, priorities("strategic_communications")).statusCode(400).body("detail", containsString("'strategic_communications'"));
        put(number, etag, priorities(" " + WPS)).statusCode(400);
        put(number, etag, Map.of("priorities", Arrays.asList(WPS, null))).statusCode(400).body("detail", containsString("null"));
        put(number, etag, Map.of()).statusCode(400).body("errors[0].field", containsString("priorities"));
        put(number, etag, Map.of("priorities", WPS)).statusCode(400);
        put(number, etag, Map.of("priorities", List.of(WPS), "extra", 1)).statusCode(400);
        put(number, etag, Map.of("priorities", java.util.Collections.nCopies(51, WPS))).statusCode(400);
        put(number, "W/" + etag, priorities(WPS)).statusCode(400);
        given().contentType(ContentType.JSON).body(priorities(WPS)).put("/recommendations/" + number + "/priorities")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.delegation("Delegation of Sweden")).body(priorities(WPS))
                .put("/recommendations/" + number + "/priorities").then().statusCode(403);
        put(ReadCacheTest.MISSING, null, priorities(WPS)).statusCode(404).contentType("application/problem+json");

        given().get("/recommendations/" + number).then().statusCode(200).header("ETag", etag)
                .body("priorities", equalTo(List.of(STRATCOM)));
        assertThat(given().get("/recommendations/" + number + "/history").then().statusCode(200)
                .extract().jsonPath().getList("kind")).hasSize(1);
    }

    @Test
    void theFilterMatchesAnyGivenPriorityAndACachedAnswerNeverHidesAChange() {
        int number = Fixtures.createRecommendation("Priority filter");
        String accountability = "ACCOUNTABILITY_OF_PEACEKEEPERS";
        String data = "DATA_DRIVEN_AND_TECHNOLOGY_ENABLED_PEACEKEEPING";
        String host = "COOPERATION_WITH_HOST_COUNTRIES";
        // fill the cache with the state before: the list and the single read
        assertThat(PositionsTest.numbers("priority=" + accountability)).doesNotContain(number);
        given().get("/recommendations/" + number).then().statusCode(200).body("priorities", equalTo(List.of()));
        long loads = cache.loads();
        assertThat(PositionsTest.numbers("priority=" + accountability)).doesNotContain(number);
        given().get("/recommendations/" + number).then().statusCode(200).body("priorities", equalTo(List.of()));
        assertThat(cache.loads()).as("repeated reads are served from memory").isEqualTo(loads);

        String etag = put(number, null, priorities(data, accountability)).statusCode(200).extract().header("ETag");
        assertThat(PositionsTest.numbers("priority=" + accountability)).contains(number);
        given().get("/recommendations/" + number).then().statusCode(200).header("ETag", etag)
                .body("priorities", equalTo(List.of(accountability, data)));

        assertThat(PositionsTest.numbers("priority=" + host + "," + data)).contains(number);
        assertThat(PositionsTest.numbers("priority=" + host + "&priority=" + data)).contains(number);
        assertThat(PositionsTest.numbers("priority=" + host)).doesNotContain(number);
        assertThat(PositionsTest.numbers("priority=" + accountability + "&area=POLITICS")).doesNotContain(number);
        assertThat(PositionsTest.numbers("priority=")).contains(number); // blank: no filter
        // every item the filter answers is mapped to the priority
        given().queryParam("priority", accountability).queryParam("size", 100).get("/recommendations").then().statusCode(200)
                .extract().jsonPath().getList("items.priorities", List.class).forEach(p -> assertThat(p).contains(accountability));

        for (String bad : List.of("NOPE", host + ",NOPE", host + ",", "politics")) {
            given().queryParam("priority", bad).get("/recommendations").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("priority"));
        }
        given().queryParam("priority", "NOPE").get("/recommendations").then().body("detail", containsString("'NOPE'"));

        put(number, etag, priorities()).statusCode(200);
        assertThat(PositionsTest.numbers("priority=" + accountability)).doesNotContain(number);
        given().get("/recommendations/" + number).then().statusCode(200).body("priorities", equalTo(List.of()));
    }

    @Test
    void readsAsOfAMomentShowThePrioritiesRecordedThen() {
        Instant created = at(300);
        int number = Fixtures.createRecommendation("Priorities as of");
        Instant first = at(200);
        put(number, null, priorities(STRATCOM)).statusCode(200);
        Instant second = at(100);
        put(number, null, priorities(CAPABILITIES, WPS)).statusCode(200);
        clock.reset();

        String beforeFirst = created.plus(Duration.ofDays(1)).toString();
        String afterFirst = first.plus(Duration.ofDays(1)).toString();
        String afterSecond = second.plus(Duration.ofDays(1)).toString();
        given().queryParam("asOf", beforeFirst).get("/recommendations/" + number).then().statusCode(200)
                .body("priorities", equalTo(List.of()));
        given().queryParam("asOf", afterFirst).get("/recommendations/" + number).then().statusCode(200)
                .body("priorities", equalTo(List.of(STRATCOM)));
        given().queryParam("asOf", afterSecond).get("/recommendations/" + number).then().statusCode(200)
                .body("priorities", equalTo(List.of(CAPABILITIES, WPS)));

        assertThat(PositionsTest.numbers("priority=" + STRATCOM + "&asOf=" + beforeFirst)).doesNotContain(number);
        assertThat(PositionsTest.numbers("priority=" + STRATCOM + "&asOf=" + afterFirst)).contains(number);
        assertThat(PositionsTest.numbers("priority=" + STRATCOM + "&asOf=" + afterSecond)).doesNotContain(number);
        assertThat(PositionsTest.numbers("priority=" + WPS + "," + STRATCOM + "&asOf=" + afterSecond)).contains(number);
        assertThat(PositionsTest.numbers("priority=" + WPS)).contains(number);
    }
}

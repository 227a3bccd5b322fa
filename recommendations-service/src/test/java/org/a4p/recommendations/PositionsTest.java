package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.a4p.events.EventTypes;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PositionsTest {

    static ValidatableResponse put(int number, String stakeholder, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat("pos-editor")).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/recommendations/" + number + "/positions/" + stakeholder).then();
    }

    static Map<String, Object> position(String acceptance, String implementation) {
        return Map.of("acceptance", acceptance, "implementation", implementation);
    }

    @Test
    void aNewRecommendationStartsWithOnePendingPositionPerCategory() {
        int number = Fixtures.createRecommendation("Positions at creation");
        JsonPath positions = given().get("/recommendations/" + number + "/positions").then().statusCode(200).extract().jsonPath();
        assertThat(positions.getList("stakeholder", String.class)).containsExactly("SECRETARIAT", "FIELD_MISSIONS");
        assertThat(positions.getList("acceptance", String.class)).containsOnly("PENDING");
        assertThat(given().get("/recommendations/" + number + "/history").then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void aChangeIsVersionedInTheHistoryOnKafkaAndInTheRecommendationsProgress() {
        int number = Fixtures.createRecommendation("Position change");
        String recommendationEtag = given().get("/recommendations/" + number).then().statusCode(200).extract().header("ETag");
        String etag = given().get("/recommendations/" + number + "/positions/SECRETARIAT").then().statusCode(200)
                .body("version", equalTo(0)).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        String changed = put(number, "SECRETARIAT", etag, Map.of("acceptance", "ACCEPTED", "implementation", "IN_PROGRESS",
                "note", "Endorsed", "evidence", List.of(Map.of("symbol", "A/77/19", "paragraph", "120", "title", "C-34 report 2023"))))
                .statusCode(200).body("acceptance", equalTo("ACCEPTED")).body("implementation", equalTo("IN_PROGRESS"))
                .body("updatedBy", equalTo("pos-editor")).body("evidence[0].symbol", equalTo("A/77/19"))
                .extract().header("ETag");
        assertThat(changed).isEqualTo("\"1\"");

        // the same values again change nothing
        put(number, "SECRETARIAT", changed, Map.of("acceptance", "ACCEPTED", "implementation", "IN_PROGRESS", "note", "Endorsed",
                "evidence", List.of(Map.of("symbol", "A/77/19", "paragraph", "120", "title", "C-34 report 2023"))))
                .statusCode(200).header("ETag", "\"1\"");
        // a stale If-Match is refused and changes nothing
        put(number, "SECRETARIAT", etag, position("NOT_ACCEPTED", "NOT_STARTED")).statusCode(412)
                .contentType("application/problem+json");

        JsonPath recommendation = given().get("/recommendations/" + number).then().statusCode(200).extract().jsonPath();
        assertThat(recommendation.getLong("version")).as("a position change bumps the recommendation's version")
                .isGreaterThan(Long.parseLong(recommendationEtag.replace("\"", "")));
        assertThat(recommendation.getInt("progress.acceptance.ACCEPTED")).isEqualTo(1);
        assertThat(recommendation.getInt("progress.acceptance.PENDING")).isEqualTo(1);
        assertThat(recommendation.getInt("progress.implementation.IN_PROGRESS")).isEqualTo(1);
        assertThat(recommendation.getString("positions[0].note")).isEqualTo("Endorsed");

        JsonPath history = given().get("/recommendations/" + number + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("kind", String.class)).containsExactly("POSITION");
        assertThat(history.getString("[0].stakeholder")).isEqualTo("SECRETARIAT");
        assertThat(history.getString("[0].previousAcceptance")).isEqualTo("PENDING");
        assertThat(history.getString("[0].acceptance")).isEqualTo("ACCEPTED");
        assertThat(history.getString("[0].by")).isEqualTo("pos-editor");
        assertThat(history.getString("[0].evidence[0].paragraph")).isEqualTo("120");

        JsonNode event = Fixtures.events(number, EventTypes.RECOMMENDATION_POSITION_CHANGED, 1).get(0);
        JsonNode data = event.get("data");
        assertThat(data.get("stakeholder").asText()).isEqualTo("SECRETARIAT");
        assertThat(data.get("change").asText()).isEqualTo("SET");
        assertThat(data.get("previousAcceptance").asText()).isEqualTo("PENDING");
        assertThat(data.get("acceptance").asText()).isEqualTo("ACCEPTED");
        assertThat(data.get("implementation").asText()).isEqualTo("IN_PROGRESS");
        assertThat(data.get("evidence").get(0).get("symbol").asText()).isEqualTo("A/77/19");
        assertThat(data.get("positionVersion").asLong()).isEqualTo(1);
        assertThat(data.get("version").asLong()).isEqualTo(recommendation.getLong("version"));
        assertThat(event.get("dataschema").asText()).isEqualTo("urn:a4p:schema:" + EventTypes.RECOMMENDATION_POSITION_CHANGED);
    }

    @Test
    void anAddresseeCanBeAddedAndRemovedAndTheHistoryKeepsBoth() {
        int number = Fixtures.createRecommendation("Position added and removed");
        put(number, "MEMBER_STATES", null, position("PARTIALLY_ACCEPTED", "STALLED")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/recommendations/" + number + "/positions/MEMBER_STATES"))
                .header("ETag", "\"0\"");
        assertThat(given().get("/recommendations/" + number + "/positions").then().statusCode(200).extract().jsonPath()
                .getList("stakeholder", String.class)).containsExactly("MEMBER_STATES", "SECRETARIAT", "FIELD_MISSIONS");
        given().header("Authorization", Tokens.secretariat()).header("If-Match", "\"3\"")
                .when().delete("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(412);
        given().header("Authorization", Tokens.secretariat()).header("If-Match", "\"0\"")
                .when().delete("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(204);
        given().get("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.secretariat())
                .when().delete("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(404);

        JsonPath history = given().get("/recommendations/" + number + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("change", String.class)).containsExactly("SET", "REMOVED");
        assertThat(history.getString("[0].previousAcceptance")).isNull();
        assertThat(history.getString("[1].acceptance")).isEqualTo("PARTIALLY_ACCEPTED");
        List<JsonNode> events = Fixtures.events(number, EventTypes.RECOMMENDATION_POSITION_CHANGED, 2);
        assertThat(events.stream().map(e -> e.get("data").get("change").asText()).toList()).containsExactly("SET", "REMOVED");
        assertThat(events.get(0).get("data").get("previousAcceptance").isNull()).isTrue();
    }

    @Test
    void invalidPositionsAreProblemsAndChangeNothing() {
        int number = Fixtures.createRecommendation("Invalid positions");
        put(number, "SECRETARIAT", null, position("PENDING", "IN_PROGRESS")).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:a4p:problem:implementation-needs-acceptance"));
        put(number, "SECRETARIAT", null, position("NOT_ACCEPTED", "IMPLEMENTED")).statusCode(422);
        put(number, "NGOS", null, position("ACCEPTED", "NOT_STARTED")).statusCode(400).body("errors[0].field", equalTo("stakeholder"));
        put(number, "secretariat", null, position("ACCEPTED", "NOT_STARTED")).statusCode(400);
        put(number, "SECRETARIAT", null, Map.of("acceptance", "MAYBE", "implementation", "NOT_STARTED")).statusCode(400);
        put(number, "SECRETARIAT", null, Map.of("acceptance", "ACCEPTED", "implementation", "NOT_STARTED",
                "evidence", List.of(Map.of("symbol", "A77/19")))).statusCode(400).body("errors[0].field", equalTo("evidence[0].symbol"));
        put(number, "SECRETARIAT", null, Map.of("acceptance", "ACCEPTED", "implementation", "NOT_STARTED",
                "evidence", List.of(Map.of("url", "javascript:alert(1)")))).statusCode(400).body("errors[0].field", equalTo("evidence[0].url"));
        put(number, "SECRETARIAT", null, Map.of("acceptance", "ACCEPTED", "implementation", "NOT_STARTED",
                "evidence", List.of(Map.of("title", "no symbol, no url")))).statusCode(400).body("errors[0].field", equalTo("evidence[0]"));
        given().contentType(ContentType.JSON).body(position("ACCEPTED", "NOT_STARTED"))
                .when().put("/recommendations/" + number + "/positions/SECRETARIAT").then().statusCode(401);
        put(99999, "SECRETARIAT", null, position("ACCEPTED", "NOT_STARTED")).statusCode(404);

        given().get("/recommendations/" + number + "/positions/SECRETARIAT").then().statusCode(200)
                .body("acceptance", equalTo("PENDING")).body("version", equalTo(0));
        assertThat(given().get("/recommendations/" + number + "/history").then().extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void statusChangesTakeEvidenceReferences() {
        int number = Fixtures.createRecommendation("Status evidence");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                .body(Map.of("status", "UNDER_CONSIDERATION", "evidence", List.of(Map.of("symbol", "S/RES/2436 (2018)", "paragraph", "1"))))
                .when().post("/recommendations/" + number + "/status").then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                .body(Map.of("status", "ACCEPTED", "evidence", List.of(Map.of("symbol", "S/RES/2436 2018"))))
                .when().post("/recommendations/" + number + "/status").then().statusCode(400);
        JsonPath history = given().get("/recommendations/" + number + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("kind", String.class)).containsExactly("STATUS");
        assertThat(history.getString("[0].evidence[0].symbol")).isEqualTo("S/RES/2436 (2018)");
    }

    @Test
    void theListFiltersByAnAddresseesAcceptanceAndImplementation() {
        int accepted = Fixtures.createRecommendation("Filter accepted");
        int stalled = Fixtures.createRecommendation("Filter stalled");
        put(accepted, "FIELD_MISSIONS", null, position("ACCEPTED", "IMPLEMENTED")).statusCode(200);
        put(stalled, "FIELD_MISSIONS", null, position("PARTIALLY_ACCEPTED", "STALLED")).statusCode(200);

        assertThat(numbers("positionOf=FIELD_MISSIONS&acceptance=ACCEPTED")).contains(accepted).doesNotContain(stalled);
        assertThat(numbers("positionOf=FIELD_MISSIONS&implementation=STALLED")).contains(stalled).doesNotContain(accepted);
        assertThat(numbers("positionOf=FIELD_MISSIONS&acceptance=ACCEPTED&implementation=STALLED")).doesNotContain(stalled, accepted);
        assertThat(numbers("positionOf=FIELD_MISSIONS")).contains(stalled, accepted);
        assertThat(numbers("positionOf=MEMBER_STATES")).doesNotContain(stalled, accepted);
        given().get("/recommendations?acceptance=ACCEPTED").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("acceptance"));
        given().get("/recommendations?implementation=STALLED").then().statusCode(400);
        given().get("/recommendations?positionOf=FIELD_MISSIONS&acceptance=YES").then().statusCode(400);
    }

    /** Every number the list answers for the query, over all pages (the shared database grows with the suite). */
    static List<Integer> numbers(String query) {
        List<Integer> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath answer = given().get("/recommendations?size=100&page=" + page + "&" + query).then().statusCode(200).extract().jsonPath();
            all.addAll(answer.getList("items.number", Integer.class));
            if (all.size() >= answer.getLong("total")) {
                return all;
            }
        }
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.a4p.events.EventTypes;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CreateEditTest {

    @Test
    void createStartsProposedWithDerivedStakeholdersAndPublishesUpserted() {
        String text = "Map the partnership arrangements of regional organisations " + UUID.randomUUID();
        Map<String, Object> body = ProblemsTest.with("text", text);
        body.put("stakeholderAction", "Member States Security Council Field Missions");
        body.put("area", "PARTNERSHIPS");
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                .when().post("/recommendations")
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("stakeholders", contains("MEMBER_STATES", "SECURITY_COUNCIL", "FIELD_MISSIONS"))
                .body("area", equalTo("PARTNERSHIPS"))
                .body("version", equalTo(0))
                .extract();
        int number = created.path("number");
        assertThat(number).isGreaterThan(24);
        assertThat(created.header("Location")).endsWith("/recommendations/" + number);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        given().when().get(created.header("Location")).then().statusCode(200).body("text", equalTo(text));

        JsonNode event = Fixtures.events(number, EventTypes.RECOMMENDATION_UPSERTED, 1).get(0);
        assertThat(event.get("data").get("text").asText()).isEqualTo(text);
        assertThat(event.get("data").get("areaName").asText()).isEqualTo("Partnerships");
        assertThat(event.get("data").get("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void explicitNumberAndStakeholdersAreKeptAndTheNextFreeNumberFollows() {
        int wanted = 10_000 + (int) (Math.random() * 50_000);
        Map<String, Object> body = ProblemsTest.with("number", wanted);
        body.put("stakeholders", List.of("THINK_TANKS", "SECRETARIAT"));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                .when().post("/recommendations")
                .then().statusCode(201)
                .body("number", equalTo(wanted))
                .body("stakeholders", contains("SECRETARIAT", "THINK_TANKS"));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                .when().post("/recommendations")
                .then().statusCode(409).contentType("application/problem+json");
        int next = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(ProblemsTest.validInput())
                .when().post("/recommendations").then().statusCode(201).extract().path("number");
        assertThat(next).isGreaterThan(wanted);
    }

    @Test
    void editChangesTheEditableFieldsAndPublishesUpserted() {
        int number = Fixtures.createRecommendation("Before the edit");
        Fixtures.changeStatus(number, "UNDER_CONSIDERATION", "kept through the edit");
        String etag = given().when().get("/recommendations/" + number).then().extract().header("ETag");

        Map<String, Object> edit = ProblemsTest.with("text", "After the edit");
        edit.put("stakeholderAction", "Think tanks/researchers");
        edit.put("area", "POLITICS");
        edit.put("a4pParagraph", 6);
        edit.put("context", "Corrected context");
        edit.put("number", number);
        String newEtag = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", etag).body(edit)
                .when().put("/recommendations/" + number)
                .then().statusCode(200)
                .body("text", equalTo("After the edit"))
                .body("stakeholders", contains("THINK_TANKS"))
                .body("area", equalTo("POLITICS"))
                .body("a4pParagraph", equalTo(6))
                .body("context", equalTo("Corrected context"))
                .body("status", equalTo("UNDER_CONSIDERATION"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        given().when().get("/recommendations/" + number).then().header("ETag", newEtag).body("text", equalTo("After the edit"));

        List<JsonNode> upserts = Fixtures.events(number, EventTypes.RECOMMENDATION_UPSERTED, 2);
        assertThat(upserts).hasSize(2);
        assertThat(upserts.get(1).get("data").get("text").asText()).isEqualTo("After the edit");
        assertThat(upserts.get(1).get("data").get("status").asText()).isEqualTo("UNDER_CONSIDERATION");
        assertThat("\"" + upserts.get(1).get("data").get("version").asLong() + "\"").isEqualTo(newEtag);

        // the number cannot change, and the status only changes through the lifecycle
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(ProblemsTest.with("number", number + 1))
                .when().put("/recommendations/" + number)
                .then().statusCode(400).body("errors[0].field", equalTo("number"));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(ProblemsTest.with("status", "IMPLEMENTED"))
                .when().put("/recommendations/" + number)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().when().get("/recommendations/" + number).then().header("ETag", newEtag);
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersionAndPublishesNothing() {
        int number = Fixtures.createRecommendation("Edited to itself");
        var stored = given().when().get("/recommendations/" + number).then().statusCode(200).extract();
        String etag = stored.header("ETag");
        Map<String, Object> same = new java.util.HashMap<>(Map.of(
                "text", stored.path("text"), "stakeholderAction", stored.path("stakeholderAction"),
                "area", stored.path("area"), "a4pParagraph", stored.path("a4pParagraph"), "context", stored.path("context")));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", etag).body(same)
                    .when().put("/recommendations/" + number)
                    .then().statusCode(200).header("ETag", etag).body("text", equalTo(same.get("text")));
            same.put("stakeholders", stored.path("stakeholders")); // the same categories, now given explicitly
        }

        same.put("context", "A real change");
        String changed = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(same)
                .when().put("/recommendations/" + number).then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        // records of one recommendation keep their order (same key): the real edit's event comes after any other
        List<JsonNode> upserts = Fixtures.events(number, EventTypes.RECOMMENDATION_UPSERTED, 2);
        assertThat(upserts).hasSize(2); // the creation and the real edit only
        assertThat(upserts.get(1).get("data").get("context").asText()).isEqualTo("A real change");
    }

    /** Location comes from the configured public base URL (here the default, this service on localhost), never from Host. */
    @Test
    void locationIgnoresTheRequestsHostHeader() {
        String location = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                .header("Host", "attacker.example").header("X-Forwarded-Host", "attacker.example")
                .body(ProblemsTest.with("text", "Host header " + UUID.randomUUID()))
                .when().post("/recommendations").then().statusCode(201).extract().header("Location");
        assertThat(location).matches("http://localhost:" + RestAssured.port + "/recommendations/[0-9]+");
    }
}

package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every refused request is an application/problem+json document with the right status, and changes nothing. */
@QuarkusTest
class ProblemsTest {

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> validInput() {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Problems fixture");
        body.put("stakeholderAction", "Secretariat");
        body.put("area", "CONDUCT");
        body.put("a4pParagraph", 21);
        body.put("context", "Test");
        return body;
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = validInput();
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    private static void createIsRefused(Object body, String field) {
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                .when().post("/recommendations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    private static int total() {
        return given().queryParam("size", 1).when().get("/recommendations").then().extract().path("total");
    }

    @Test
    void invalidRecommendationsAreBadRequestsNamingTheField() {
        int before = total();
        createIsRefused(with("text", null), "text");
        createIsRefused(with("text", " "), "text");
        createIsRefused(with("text", "x".repeat(2001)), "text");
        createIsRefused(with("stakeholderAction", "x".repeat(501)), "stakeholderAction");
        createIsRefused(with("context", "x".repeat(1001)), "context");
        createIsRefused(with("area", "NOT_AN_AREA"), "area");
        createIsRefused(with("a4pParagraph", 0), "a4pParagraph");
        createIsRefused(with("a4pParagraph", "eight"), "a4pParagraph");
        createIsRefused(with("number", -3), "number");
        createIsRefused(with("stakeholders", java.util.List.of("DIPLOMATS")), "stakeholders[0]");
        createIsRefused(with("stakeholders", java.util.List.of()), "stakeholders");
        createIsRefused(with("status", "ACCEPTED"), "status");
        createIsRefused(with("stakeholderAction", "Regional organisations"), "stakeholders");
        given().when().get("/recommendations").then().body("total", equalTo(before));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body("{\"text\": \"unterminated")
                .when().post("/recommendations")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body("[]")
                .when().post("/recommendations")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void invalidStatusChangesAreBadRequestsNamingTheField() {
        int number = Fixtures.createRecommendation("Invalid status change");
        statusIsRefused(number, "{\"status\": \"DONE\"}", "status");
        statusIsRefused(number, "{\"note\": \"no status\"}", "status");
        statusIsRefused(number, "{\"status\": \"ACCEPTED\", \"note\": \"" + "n".repeat(2001) + "\"}", "note");
        statusIsRefused(number, "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"/relative/path\"}", "evidenceUrl");
        statusIsRefused(number, "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"ftp://example.org/x\"}", "evidenceUrl");
        statusIsRefused(number, "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"https://exa mple.org\"}", "evidenceUrl");
        statusIsRefused(number, "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"https://example.org/" + "e".repeat(2000) + "\"}", "evidenceUrl");
        statusIsRefused(number, "{\"status\": \"UNDER_CONSIDERATION\", \"by\": \"someone\"}", "by");
        given().when().get("/recommendations/" + number).then().body("status", equalTo("PROPOSED")).header("ETag", "\"0\"");
        given().when().get("/recommendations/" + number + "/history").then().body("size()", equalTo(0));
    }

    private static void statusIsRefused(int number, String body, String field) {
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                .when().post("/recommendations/" + number + "/status")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field));
    }

    @Test
    void invalidListParametersAreBadRequestsNamingTheParameter() {
        listIsRefused("size", "0");
        listIsRefused("size", "101");
        listIsRefused("size", "ten");
        listIsRefused("page", "-1");
        listIsRefused("status", "DONE");
        listIsRefused("stakeholder", "DIPLOMATS");
        listIsRefused("a4pParagraph", "x");
        listIsRefused("area", "NOT_AN_AREA");
        listIsRefused("body", "NO_SUCH_BODY");
        listIsRefused("q", "q".repeat(201));
    }

    private static void listIsRefused(String parameter, String value) {
        given().queryParam(parameter, value).when().get("/recommendations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(parameter));
    }

    @Test
    void unknownRecommendationIsNotFound() {
        given().when().get("/recommendations/99999").then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().when().get("/recommendations/99999/history").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body("{\"status\": \"UNDER_CONSIDERATION\"}")
                .when().post("/recommendations/99999/status").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(validInput())
                .when().put("/recommendations/99999").then().statusCode(404).contentType(PROBLEM);
    }

    /** The path's number is checked before the database, like every query parameter: 400 naming it, never 404 or 500. */
    @Test
    void invalidPathNumbersAreBadRequestsNamingTheNumber() {
        for (String number : List.of("not-a-number", "0", "-1", "100001", "99999999999", "1.5")) {
            given().urlEncodingEnabled(false).when().get("/recommendations/" + number)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("number"));
            given().urlEncodingEnabled(false).when().get("/recommendations/" + number + "/history")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("number"));
            given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                    .body(validInput()).when().put("/recommendations/" + number)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("number"));
            given().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                    .body("{\"status\": \"UNDER_CONSIDERATION\"}").when().post("/recommendations/" + number + "/status")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("number"));
        }
    }

    @Test
    void unsupportedMethodIsMethodNotAllowed() {
        given().when().delete("/recommendations/1").then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
        given().when().delete("/areas").then().statusCode(405).contentType(PROBLEM);
        given().when().get("/recommendations/1").then().statusCode(200);
    }

    @Test
    void takenNumberIsAConflict() {
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(with("number", 1))
                .when().post("/recommendations")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:a4p:problem:number-taken"));
        given().when().get("/recommendations/1").then().body("text", org.hamcrest.Matchers.startsWith("Support the use of peacekeeping"));
    }

    @Test
    void staleIfMatchOnEditIsPreconditionFailed() {
        int number = Fixtures.createRecommendation("Stale edit");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", "\"7\"").body(validInput())
                .when().put("/recommendations/" + number)
                .then().statusCode(412).contentType(PROBLEM).body("status", equalTo(412));
        given().when().get("/recommendations/" + number).then().body("text", org.hamcrest.Matchers.startsWith("Stale edit"));
    }

    @Test
    void nonJsonBodyIsUnsupportedMediaType() {
        given().contentType(ContentType.TEXT).header("Authorization", Tokens.secretariat()).body("status=ACCEPTED")
                .when().post("/recommendations/1/status")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        given().contentType(ContentType.XML).header("Authorization", Tokens.secretariat()).body("<recommendation/>")
                .when().post("/recommendations")
                .then().statusCode(415).contentType(PROBLEM);
        given().when().get("/recommendations/1").then().body("status", equalTo("PROPOSED"));
    }
}

package org.a4p.stakeholders;

import org.a4p.testing.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Rows a test adds for itself through the API. Test classes share one database, so a test that counts or
 * lists exactly works on a body of its own: no other class can add sessions to it.
 */
final class TestData {

    private TestData() {
    }

    /** A stakeholder code no other test uses. */
    static String newCode() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** Adds a stakeholder of this kind and category under a fresh code and returns the code. */
    static String newStakeholder(String kind, String category) {
        String code = newCode();
        Map<String, Object> body = new HashMap<>(Map.of("name", "Test " + code, "kind", kind, "category", category,
                "description", "A stakeholder added by a test."));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body)
                .when().put("/stakeholders/{code}", code).then().statusCode(201);
        return code;
    }

    /** Schedules a session and returns its id. */
    static String newSession(Map<String, Object> session) {
        String location = given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(session)
                .when().post("/sessions").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String newSession(String body, String title, String startsOn, String endsOn) {
        return newSession(session(body, title, startsOn, endsOn, false));
    }

    static Map<String, Object> session(String body, String title, String startsOn, String endsOn, boolean tentative) {
        return Map.of("body", body, "title", title, "kind", "OTHER", "startsOn", startsOn, "endsOn", endsOn,
                "location", "United Nations Headquarters, New York", "tentative", tentative);
    }
}

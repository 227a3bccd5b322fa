package org.a4p.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import org.a4p.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.a4p.testing.Sql;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Test steps shared by the test classes: subscribing through the API, waiting for read models. */
final class Fixtures {

    private Fixtures() {
    }

    static JsonPath subscribe(Map<String, Object> body) {
        return given().header("Authorization", Tokens.delegation(String.valueOf(body.get("subscriber")).strip()))
                .contentType(ContentType.JSON).body(body)
                .when().post("/subscriptions")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A webhook subscription of {@code subscriber} to recommendation {@code number} alone. */
    static JsonPath subscribeToRecommendation(String subscriber, String target, int number) {
        return subscribe(Map.of("subscriber", subscriber, "channel", "WEBHOOK", "target", target,
                "recommendations", List.of(number)));
    }

    /** The deliveries of a subscription as the secretariat sees them. */
    static ValidatableResponse deliveries(String subscriptionId) {
        return given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + subscriptionId + "/deliveries")
                .then();
    }

    /** Waits until the notifications database answers {@code sql} (one row, one column) with {@code expected}. */
    static void awaitDb(String sql, Object expected, Object... params) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> String.valueOf(expected).equals(String.valueOf(Sql.single("notifications", sql, params))));
    }

    static void awaitRecommendation(int number, long version) {
        awaitDb("SELECT version FROM recommendation WHERE number = ?", version, number);
    }

    static void awaitStakeholder(String code) {
        awaitDb("SELECT count(*) FROM stakeholder WHERE code = ?", 1, code);
    }

    /** A body of the member states that no other test uses (its code starts with {@code prefix}), in the read model. */
    static String memberStatesBody(String prefix) {
        String body = Events.fresh(prefix);
        Events.stakeholder(body, "BODY", "MEMBER_STATES").send();
        awaitStakeholder(body);
        return body;
    }

    /** The briefing of {@code session} as JSON. */
    static JsonNode briefing(String session) throws Exception {
        return Events.MAPPER.readTree(given().queryParam("session", session).get("/briefings")
                .then().statusCode(200).contentType("application/json").extract().asString());
    }

    /** The briefing of {@code session} as Markdown. */
    static String markdown(String session) {
        return given().accept("text/markdown").queryParam("session", session).get("/briefings")
                .then().statusCode(200).contentType("text/markdown").extract().asString();
    }

    /** A recommendation in the read model: upserted through Kafka and applied. */
    static void recommendation(int number, String area, List<String> stakeholders) {
        Events.recommendation(number, area, stakeholders, "PROPOSED", 1).send();
        awaitRecommendation(number, 1);
    }
}

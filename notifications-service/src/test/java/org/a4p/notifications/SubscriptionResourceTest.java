package org.a4p.notifications;

import org.a4p.testing.Sql;
import org.a4p.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SubscriptionResourceTest {

    private static Map<String, Object> request(Object... filters) {
        Map<String, Object> body = new HashMap<>(Map.of("subscriber", "Permanent Mission of Testland",
                "channel", "WEBHOOK", "target", "http://127.0.0.1:9/hook"));
        for (int i = 0; i < filters.length; i += 2) {
            body.put((String) filters[i], filters[i + 1]);
        }
        return body;
    }

    static final String TESTLAND = "Permanent Mission of Testland";

    private static Response post(Object body) {
        return given().header("Authorization", Tokens.delegation(TESTLAND)).contentType(ContentType.JSON).body(body).when().post("/subscriptions");
    }

    private static long count() throws Exception {
        return Sql.number("notifications", "SELECT count(*) FROM subscription");
    }

    @Test
    void secretIsShownOnceAndNeverAgain() {
        int n = Events.freshNumber();
        Fixtures.recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        // Filters are a union: an area or category filter would also match events other tests publish
        // meanwhile, so the "nothing delivered yet" checks below use a subscription to a fresh number only.
        post(request("recommendations", List.of(n), "areas", List.of("PROTECTION"),
                "stakeholders", List.of("MEMBER_STATES"))).then().statusCode(201)
                .body("areas", equalTo(List.of("PROTECTION"))).body("stakeholders", equalTo(List.of("MEMBER_STATES")));
        Response created = post(request("recommendations", List.of(n), "leadDays", List.of(30, 7, 1)));
        created.then().statusCode(201)
                .body("secret", matchesPattern("[0-9a-f]{64}"))
                .body("recommendations", equalTo(List.of(n)))
                .body("leadDays", equalTo(List.of(30, 7, 1)))
                .body("channel", equalTo("WEBHOOK"));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/subscriptions/" + id);

        String again = given().header("Authorization", Tokens.secretariat()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).body("secret", nullValue()).extract().asString();
        assertThat(again).doesNotContain(created.jsonPath().getString("secret")).doesNotContain("secret");
        given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("size()", equalTo(0));
        given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + id + "/feed").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo("0"));

        given().header("Authorization", Tokens.delegation(TESTLAND)).delete("/subscriptions/" + id).then().statusCode(204);
        given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.delegation(TESTLAND)).delete("/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theAnswerWithTheSecretIsNeverCachedAndItsLocationIgnoresTheHostHeader() {
        Response created = given().header("Authorization", Tokens.delegation(TESTLAND)).header("Host", "evil.example:666")
                .contentType(ContentType.JSON).body(request()).when().post("/subscriptions");
        created.then().statusCode(201).header("Cache-Control", "no-store");
        int port = io.restassured.RestAssured.port;
        assertThat(created.header("Location"))
                .isEqualTo("http://localhost:" + port + "/subscriptions/" + created.jsonPath().getString("id"));
    }

    @Test
    void channelMayBeLeftOutAndIsThenWebhook() {
        Map<String, Object> withoutChannel = request();
        withoutChannel.remove("channel");
        String id = post(withoutChannel).then().statusCode(201).body("channel", equalTo("WEBHOOK"))
                .extract().jsonPath().getString("id");
        given().header("Authorization", Tokens.delegation(TESTLAND)).get("/subscriptions/" + id).then().statusCode(200)
                .body("channel", equalTo("WEBHOOK"));
        Map<String, Object> nullChannel = request();
        nullChannel.put("channel", null);
        post(nullChannel).then().statusCode(201).body("channel", equalTo("WEBHOOK"));
        given().accept("application/json").get("/q/openapi").then()
                .body("components.schemas.SubscriptionRequest.required", not(hasItem("channel")))
                .body("components.schemas.SubscriptionRequest.properties.channel.default", equalTo("WEBHOOK"));
    }

    @Test
    void unknownFilterCodesAreProblemsNamingTheFieldAndCreateNothing() throws Exception {
        int n = Events.freshNumber();
        Fixtures.recommendation(n, "POLITICS", List.of("SECURITY_COUNCIL"));
        long before = count();
        Map<String, Object> cases = Map.of(
                "recommendations[1]", request("recommendations", List.of(n, Events.freshNumber())),
                "areas[1]", request("areas", List.of("POLITICS", "NOT_AN_AREA")),
                "stakeholders[0]", request("stakeholders", List.of("C34_IS_A_BODY_NOT_A_CATEGORY")),
                "bodies[0]", request("bodies", List.of(Events.fresh("NO_SUCH_BODY"))),
                "leadDays[2]", request("leadDays", List.of(7, 1, 7)),
                "target", request("target", "ftp://example.org/hook"));
        cases.forEach((field, body) -> post(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void badRequestsAreProblems() throws Exception {
        long before = count();
        post(request("target", "/relative/path")).then().statusCode(400).body("errors.field", hasItem("target"));
        post(request("target", "http://10.0.0.1/hook")).then().statusCode(400).body("errors.field", hasItem("target"));
        post(request("target", "http://169.254.169.254/latest")).then().statusCode(400).body("errors.field", hasItem("target"));
        post(request("target", "https://user:pw@example.org/hook")).then().statusCode(400);
        post(request("target", "https://example.org/" + "a".repeat(2000))).then().statusCode(400);
        post(request("channel", "EMAIL")).then().statusCode(400).contentType("application/problem+json");
        post(request("leadDays", List.of(366))).then().statusCode(400).contentType("application/problem+json");
        post(request("leadDays", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))).then().statusCode(400);
        post(request("subscriber", " ")).then().statusCode(400).contentType("application/problem+json");
        post(request("unknown", "x")).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.delegation(TESTLAND)).contentType(ContentType.JSON).body("{not json").post("/subscriptions").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);

        given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.secretariat()).get("/subscriptions/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + UUID.randomUUID() + "/feed").then().statusCode(404);
    }

    @Test
    void briefingNeedsAKnownSession() {
        given().header("Authorization", Tokens.secretariat()).get("/briefings").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("session"));
        given().queryParam("session", "no-such-session-" + UUID.randomUUID()).get("/briefings")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept("text/markdown").queryParam("session", "no-such-session").get("/briefings")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void openApiDocumentsEveryOperation() {
        String doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String op : List.of("createSubscription", "getSubscription", "deleteSubscription", "listDeliveries",
                "retryDelivery", "readFeed", "getBriefing", "confirmSubscription", "confirmationPage", "unsubscribeOneClick",
                "unsubscribePage")) {
            assertThat(doc).contains("\"operationId\" : \"" + op + "\"");
        }
        given().accept("application/json").get("/q/openapi").then()
                .body("components.schemas.Channel.enum", equalTo(List.of("WEBHOOK", "EMAIL")))
                .body("components.schemas.Subscription.properties.language.enum", equalTo(List.of("ar", "zh", "en", "fr", "ru", "es")))
                .body("components.schemas.SubscriptionRequest.properties.digest.enum", equalTo(List.of("NONE", "DAILY", "WEEKLY")))
                .body("components.schemas.DeliveryStatus.enum", equalTo(List.of("PENDING", "DELIVERED", "FAILED")));
    }
}

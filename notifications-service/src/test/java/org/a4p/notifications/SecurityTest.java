package org.a4p.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A delegation sees and manages only its own subscriptions; the secretariat reads any; nobody else any. */
@QuarkusTest
class SecurityTest {

    static final String PROBLEM = "application/problem+json";
    static final String GHANA = "Delegation of Ghana";
    static final String PERU = "Delegation of Peru";

    static String subscribe(String delegation) {
        return given().header("Authorization", Tokens.delegation(delegation)).contentType(ContentType.JSON)
                .body(Map.of("subscriber", delegation, "channel", "WEBHOOK", "target", "http://127.0.0.1:9/hook"))
                .when().post("/subscriptions").then().statusCode(201).extract().path("id");
    }

    @Test
    void anotherDelegationsSubscriptionIsNotFoundAndStaysUntouched() {
        String ghanas = subscribe(GHANA);
        String peru = Tokens.delegation(PERU);
        String missing = "/subscriptions/" + java.util.UUID.randomUUID();
        for (String path : List.of("/subscriptions/" + ghanas, "/subscriptions/" + ghanas + "/deliveries", "/subscriptions/" + ghanas + "/feed")) {
            String notFound = given().header("Authorization", peru).when().get(path)
                    .then().statusCode(404).contentType(PROBLEM).extract().path("title");
            assertThat(notFound).isEqualTo(given().header("Authorization", peru).when().get(missing).then().extract().path("title"));
        }
        given().header("Authorization", peru).when().delete("/subscriptions/" + ghanas).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("no subscription " + ghanas));
        given().header("Authorization", peru).when().post("/subscriptions/" + ghanas + "/deliveries/1/retry").then().statusCode(404);
        given().header("Authorization", Tokens.delegation(GHANA)).when().get("/subscriptions/" + ghanas).then().statusCode(200)
                .body("subscriber", equalTo(GHANA));
        given().header("Authorization", peru).when().get("/subscriptions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(ghanas)));
        given().header("Authorization", Tokens.delegation(GHANA)).when().get("/subscriptions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(ghanas)).body("subscriber", org.hamcrest.Matchers.everyItem(equalTo(GHANA)))
                .body("secret", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void theSecretariatReadsAnyButCannotDeleteOrSubscribe() {
        String id = subscribe(GHANA);
        given().header("Authorization", Tokens.secretariat()).when().get("/subscriptions/" + id).then().statusCode(200)
                .body("secret", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", Tokens.secretariat()).when().get("/subscriptions/" + id + "/feed").then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).when().get("/subscriptions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(id));
        given().header("Authorization", Tokens.secretariat()).when().delete("/subscriptions/" + id).then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", Tokens.delegation(GHANA)).when().delete("/subscriptions/" + id).then().statusCode(204);
    }

    @Test
    void aDelegationSubscribesOnlyItself() {
        given().header("Authorization", Tokens.delegation(PERU)).contentType(ContentType.JSON)
                .body(Map.of("subscriber", GHANA, "channel", "WEBHOOK", "target", "http://127.0.0.1:9/hook"))
                .when().post("/subscriptions").then().statusCode(403).contentType(PROBLEM).body("errors[0].field", equalTo("subscriber"));
        given().contentType(ContentType.JSON)
                .body(Map.of("subscriber", GHANA, "channel", "WEBHOOK", "target", "http://127.0.0.1:9/hook"))
                .when().post("/subscriptions").then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void theDocumentNamesTheRolesOfEveryOperation() throws Exception {
        JsonNode doc = Events.MAPPER.readTree(given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualToIgnoringCase("bearer");
        for (String[] op : new String[][]{{"/subscriptions", "post"}, {"/subscriptions", "get"}, {"/subscriptions/{id}", "get"},
                {"/subscriptions/{id}", "delete"}, {"/subscriptions/{id}/deliveries", "get"}, {"/subscriptions/{id}/feed", "get"}}) {
            JsonNode operation = doc.get("paths").get(op[0]).get(op[1]);
            assertThat(operation.get("security").toString()).as(op[0] + " " + op[1]).contains("bearer").contains("delegation");
            assertThat(operation.get("description").asText()).startsWith("Role: delegation");
            assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asText()).endsWith("/Problem");
            assertThat(operation.at("/responses/403/content/application~1problem+json/schema/$ref").asText()).endsWith("/Problem");
        }
    }
}

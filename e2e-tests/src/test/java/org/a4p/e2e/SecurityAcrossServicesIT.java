package org.a4p.e2e;

import io.restassured.http.ContentType;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged services verify tokens with the key and issuer they are given by environment variables
 * (MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER), as a deployment configures them.
 */
class SecurityAcrossServicesIT {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void everyServiceRefusesWritesWithoutTheRightTokenAndAcceptsThemWithIt() {
        String rec = system.recommendations.baseUrl();
        String status = "{\"status\": \"UNDER_CONSIDERATION\"}";
        for (String token : new String[]{null, Tokens.forged(), Tokens.expired(), Tokens.wrongIssuer()}) {
            var request = given().baseUri(rec).contentType(ContentType.JSON).body(status);
            if (token != null) {
                request.header("Authorization", token);
            }
            request.post("/recommendations/5/status").then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
        given().baseUri(rec).header("Authorization", Tokens.delegation("Delegation of Sweden")).contentType(ContentType.JSON)
                .body(status).post("/recommendations/5/status").then().statusCode(403).contentType("application/problem+json");
        given().baseUri(rec).get("/recommendations/5").then().statusCode(200).body("status", equalTo("PROPOSED"));

        String sh = system.stakeholders.baseUrl();
        String session = """
                {"body": "C34", "title": "E2E security session", "kind": "OTHER", "startsOn": "2028-01-10", "endsOn": "2028-01-11"}""";
        given().baseUri(sh).contentType(ContentType.JSON).body(session).post("/sessions").then().statusCode(401);
        String location = given().baseUri(sh).header("Authorization", Tokens.secretariat()).contentType(ContentType.JSON)
                .body(session).post("/sessions").then().statusCode(201).extract().header("Location");
        given().baseUri(sh).header("Authorization", Tokens.secretariat()).delete(location).then().statusCode(204);

        String no = system.notifications.baseUrl();
        given().baseUri(no).header("Authorization", Tokens.delegation("Delegation of Sweden")).contentType(ContentType.JSON)
                .body("{\"subscriber\": \"Delegation of Sweden\", \"channel\": \"WEBHOOK\", \"target\": \"http://10.0.0.1/\"}")
                .post("/subscriptions").then().statusCode(400).contentType("application/problem+json");
        given().baseUri(no).get("/subscriptions").then().statusCode(401);
    }
}

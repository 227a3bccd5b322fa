package org.a4p.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.a4p.platform.testapp.OtherSettings;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** With a low limit, a caller's writes beyond the burst get 429 with Retry-After; other callers and reads do not. */
@QuarkusTest
@TestProfile(OtherSettings.class) // a limit of 6 a minute, a burst of 3
class WriteRateLimitTest {

    @Test
    void writesBeyondTheBurstAreRefusedPerCaller() {
        String alice = Tokens.secretariat("alice@secretariat.test");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", alice).when().post("/test/secured").then().statusCode(200);
        }
        given().header("Authorization", alice).when().post("/test/secured").then().statusCode(429)
                .contentType(startsWith("application/problem+json")).header("Retry-After", matchesPattern("[1-9]|10")); // 6 a minute: a token every 10 s
        given().header("Authorization", Tokens.secretariat("bob@secretariat.test")).when().post("/test/secured").then().statusCode(200);
        given().when().get("/test/echo/x").then().statusCode(200);
    }

    @Test
    void unauthenticatedWritesAreCountedPerAddress() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{\"name\":\"a\",\"count\":1}").when().post("/test/body").then().statusCode(200);
        }
        given().contentType("application/json").body("{\"name\":\"a\",\"count\":1}").when().post("/test/body")
                .then().statusCode(429).contentType(startsWith("application/problem+json"));
    }
}

package org.a4p.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Security headers on success and error answers; Swagger UI keeps a policy under which it can still run. */
@QuarkusTest
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void successAndErrorAnswersCarryThem() {
        hardened(given().when().get("/test/echo/x").then().statusCode(200));
        hardened(given().when().get("/test/conflict").then().statusCode(409));
        hardened(given().urlEncodingEnabled(false).when().get("/test/echo/x?q=%00").then().statusCode(400));
        hardened(given().when().get("/nowhere").then().statusCode(404));
    }

    @Test
    void swaggerUiMayRunItsOwnInlineBootstrapButNotBeFramed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(startsWith("default-src 'none'")));
    }

    @Test
    void acceptingOnlyProblemsStillGetsASuccessOfAnotherType() {
        given().accept("application/problem+json").when().get("/test/echo/x").then().statusCode(200)
                .body("id", equalTo("x"));
        given().accept("application/problem+json").when().get("/test/conflict").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    private static void hardened(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", startsWith(API_POLICY));
    }
}

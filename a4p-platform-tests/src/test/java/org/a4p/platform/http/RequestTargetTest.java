package org.a4p.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What JAX-RS and the HTTP server could not parse themselves: a request target that is no URI or is too long, a
 * Content-Type or Accept header that is no media type. Each is a problem, never an empty answer or a 500.
 */
@QuarkusTest
class RequestTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/test/echo/%zz", "/test/echo/x%", "/test/echo/%E", "/test/echo/<script>",
            "/test/echo/x?q=%ud800", "/test/echo/x?q=%", "/test/echo/x?q=a%2", "/test/echo/x?q={\"a\"}"})
    void aTargetThatIsNoUriIsA400Problem(String target) throws Exception {
        // sent raw: an HTTP client would encode these
        String answer = RawHttp.exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"field\":\"(request target)\"")
                // answered before the route that sets the security headers: it sets them itself
                .containsIgnoringCase("X-Content-Type-Options: nosniff").containsIgnoringCase("X-Frame-Options: DENY")
                .containsIgnoringCase("Content-Security-Policy: default-src 'none'");
    }

    @Test
    void aTooLongTargetIsA414Problem() throws Exception {
        String answer = RawHttp.exchange("GET /test/echo/x?q=" + "a".repeat(RequestTextFilter.MAX_TARGET_LENGTH)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 414").contains("application/problem+json").contains("\"status\":414");
        given().when().get("/test/echo/x?q=" + "a".repeat(RequestTextFilter.MAX_TARGET_LENGTH - 100))
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "/", "application/", ";"})
    void aContentTypeThatIsNoMediaTypeIsA415Problem(String contentType) {
        for (String path : new String[]{"/test/either", "/test/body"}) {
            given().header("Content-Type", contentType).body("{\"name\":\"a\",\"count\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when().post(path)
                    .then().statusCode(415).contentType(startsWith("application/problem+json")).body("status", equalTo(415));
        }
        given().header("Content-Type", contentType).when().get("/test/echo/x").then().statusCode(200);
    }

    @Test
    void theTwoOperationsOfOnePathStillTellTheirTypesApart() {
        given().contentType("application/json").body("{\"name\":\"a\",\"count\":1}").when().post("/test/either")
                .then().statusCode(200).body("as", equalTo("json"));
        given().contentType("application/x-www-form-urlencoded").formParam("name", "a").when().post("/test/either")
                .then().statusCode(200).body("as", equalTo("form"));
    }

    @Test
    void aBlankAcceptIsNoPreference() throws Exception {
        String answer = RawHttp.exchange("GET /test/ranked HTTP/1.1\r\nHost: localhost\r\nAccept: \r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"first\":\"*/*\"");
        String beside = RawHttp.exchange("GET /test/ranked HTTP/1.1\r\nHost: localhost\r\nAccept: \r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(beside).startsWith("HTTP/1.1 200").contains("\"first\":\"application/json\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", " , ", "text/csv,", ";q=1", "*/*;q=abc", "text/csv;q=0", "*/*;q=0"})
    void anOddAcceptIsNeverA500(String accept) {
        int status = given().header("Accept", accept).when().get("/test/ranked").then().extract().statusCode();
        assertThat(status).as(accept).isLessThan(500);
        if (status >= 400) {
            given().header("Accept", accept).when().get("/test/ranked").then().contentType(startsWith("application/problem+json"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "text/", "/json"})
    void anAcceptThatIsNoListOfMediaTypesIsA400Problem(String accept) {
        given().header("Accept", accept).when().get("/test/ranked")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("Accept"));
    }
}

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

/** Control characters, invalid UTF-8 and lone surrogates in parameters are a 400 problem naming the parameter. */
@QuarkusTest
class RequestTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"%00", "a%01b", "%1F", "%7F", "%C2%85", "%C2%9F", "%0D%0AX-Forged:%20yes", "%09",
            "%ED%A0%80", "%ED%B0%80", "%FF", "%C0%AF", "%E2%82"})
    void aBadPathParameterIsRefusedByName(String value) {
        given().urlEncodingEnabled(false).when().get("/test/echo/x" + value)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "a%01b", "%7F", "%C2%85", "%0D%0A", "%ED%A0%80", "%FF", "%C0%AF"})
    void aBadQueryParameterIsRefusedByName(String value) {
        given().urlEncodingEnabled(false).when().get("/test/echo/x?q=" + value)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void ordinaryTextAndATabInAQueryPass() {
        given().urlEncodingEnabled(false).when().get("/test/echo/caf%C3%A9%F0%9F%98%80?q=a%09b+c")
                .then().statusCode(200).body("id", equalTo("café\uD83D\uDE00")).body("q", equalTo("a\tb c"));
    }

    @Test
    void aControlCharacterInAReadHeaderIsRefusedByName() throws Exception {
        // sent raw: clients refuse control characters in headers; Vert.x refuses C0 ones itself (an empty 400), not C1
        String answer = RawHttp.exchange("GET /test/echo/x HTTP/1.1\r\nHost: localhost\r\nIf-Match: \"1\u0085\"\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"If-Match\"");
    }
}

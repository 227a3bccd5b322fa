package org.a4p.platform.security;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A correctly signed token of the wrong shape or with too long a lifetime is a 401 problem, never a 500. */
@QuarkusTest
class TokenShapeTest {

    static Stream<String> oddTokens() {
        return Tokens.oddlyShaped().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddTokens")
    void isRefusedAsUnauthenticated(String shape) {
        given().header("Authorization", Tokens.oddlyShaped().get(shape)).when().post("/test/secured")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aWellShapedTokenWithinTheMaximumLifetimeIsAccepted() {
        given().header("Authorization", Tokens.secretariat()).when().post("/test/secured")
                .then().statusCode(200).body("user", equalTo(Tokens.SECRETARIAT_USER));
    }
}

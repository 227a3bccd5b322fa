package org.a4p.platform.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every refusal leaves as an RFC 9457 document, application/problem+json, whatever raised it. */
@QuarkusTest
class ProblemMappingTest {

    @Test
    void aProblemExceptionKeepsItsTypeStatusAndExtensions() {
        given().when().get("/test/conflict")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:a4p:problem:test-conflict"))
                .body("title", equalTo("Test conflict"))
                .body("status", equalTo(409))
                .body("detail", equalTo("always"))
                .body("instance", equalTo("/test/conflict"))
                .body("allowed", equalTo(3));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().when().get("/test/nothing-here")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:a4p:problem:not-found"))
                .body("detail", equalTo("no resource at /test/nothing-here"));
    }

    @Test
    void aStringStrictJsonRefusesSaysWhyAndNamesItsField() {
        Map<String, Matcher<String>> reasons = Map.of(
                "a\\ud800", containsString("unpaired surrogate"),
                "a\\u0000", equalTo("must not contain the NUL character"));
        reasons.forEach((text, reason) -> given().contentType("application/json")
                .body("{\"name\":\"" + text + "\",\"count\":1}").when().post("/test/body")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", reason));
    }

    @Test
    void anInvalidFieldIsNamed() {
        given().contentType("application/json").body("{\"name\":\" \",\"count\":1}")
                .when().post("/test/body")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:a4p:problem:invalid-request"))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void aWronglyTypedFieldIsNamedNotCoerced() {
        given().contentType("application/json").body("{\"name\":\"a\",\"count\":\"2\"}")
                .when().post("/test/body")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType("application/json").body("{\"name\":")
                .when().post("/test/body")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:a4p:problem:bad-request"));
    }

    @Test
    void aWrongMediaTypeIsAProblem() {
        given().contentType("text/plain").body("x")
                .when().post("/test/body")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnexpectedFailureNamesAnErrorIdAndNothingInternal() {
        given().when().get("/test/boom")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:a4p:problem:internal-error"))
                .body("errorId", notNullValue())
                .body(not(containsString("org.a4p")))
                .body(not(containsString("IllegalStateException")));
    }
}

package org.a4p.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Pins what BodyLimit relies on inside Quarkus (the upload-limit route's order, the context key its input stream
 * reads, the message of its IOException): after an upgrade that changes any of them, a body above the 64 KiB
 * limit comes back as Quarkus's empty 413 (or a 400/500), and these tests fail.
 */
@QuarkusTest
class BodyLimitTest {

    private static final int LIMIT = 64 * 1024;

    @Test
    void aDeclaredLengthAboveTheLimitIsA413Problem() {
        given().contentType("application/json").body(body(LIMIT + 1))
                .when().post("/test/body")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .header("Connection", equalTo("close"))
                .body("type", equalTo("urn:a4p:problem:payload-too-large"))
                .body("detail", equalTo("the request body is larger than " + LIMIT + " bytes"));
    }

    @Test
    void aChunkedBodyAboveTheLimitIsA413Problem() {
        // an InputStream body has no known length: RestAssured sends it chunked
        given().contentType("application/json")
                .body(new ByteArrayInputStream(body(LIMIT + 1).getBytes(StandardCharsets.UTF_8)))
                .when().post("/test/body")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:a4p:problem:payload-too-large"));
    }

    @Test
    void aBodyAtTheLimitIsRead() {
        given().contentType("application/json").body(body(LIMIT))
                .when().post("/test/body")
                .then().statusCode(200).body("count", equalTo(1));
    }

    /** A valid JSON body of exactly {@code size} bytes. */
    private static String body(int size) {
        String shell = "{\"name\":\"\",\"count\":1}";
        return shell.replace("\"\"", "\"" + "x".repeat(size - shell.length()) + "\"");
    }
}

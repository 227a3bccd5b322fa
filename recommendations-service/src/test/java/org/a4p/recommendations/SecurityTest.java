package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Who may write: role secretariat; reads stay public; 401/403/413 are problems; the document says so. */
@QuarkusTest
class SecurityTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aWriteWithoutTokenIs401WithBearerChallengeAndChangesNothing() {
        int number = Fixtures.createRecommendation("Security");
        given().contentType(ContentType.JSON).body(Map.of("status", "UNDER_CONSIDERATION"))
                .when().post("/recommendations/" + number + "/status")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:a4p:problem:unauthorized")).body("status", equalTo(401));
        for (String token : new String[]{Tokens.forged(), Tokens.expired(), Tokens.wrongIssuer(), Tokens.unsigned(), "Bearer not-a-jwt"}) {
            given().contentType(ContentType.JSON).header("Authorization", token).body(Map.of("status", "UNDER_CONSIDERATION"))
                    .when().post("/recommendations/" + number + "/status")
                    .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        }
        given().when().get("/recommendations/" + number).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).header("ETag", "\"0\"");
    }

    @Test
    void aDelegationOrRolelessTokenIs403() {
        int number = Fixtures.createRecommendation("Security 403");
        for (String token : new String[]{Tokens.delegation("Delegation of Sweden"), Tokens.noRole()}) {
            given().contentType(ContentType.JSON).header("Authorization", token).body(Map.of("status", "ACCEPTED"))
                    .when().post("/recommendations/" + number + "/status")
                    .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:a4p:problem:forbidden"));
            given().contentType(ContentType.JSON).header("Authorization", token).body(ProblemsTest.validInput())
                    .when().put("/recommendations/" + number)
                    .then().statusCode(403).contentType(PROBLEM);
        }
        given().when().get("/recommendations/" + number + "/history").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void readsArePublicEvenWithAStaleToken() {
        given().when().get("/recommendations/1").then().statusCode(200);
        given().header("Authorization", Tokens.expired()).when().get("/recommendations").then().statusCode(200);
        given().when().get("/areas").then().statusCode(200);
        given().when().get("/recommendations.csv").then().statusCode(200);
    }

    @Test
    void aBodyAboveTheLimitIs413Problem() {
        String huge = "{\"text\": \"" + "x".repeat(70 * 1024) + "\"}";
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(huge)
                .when().post("/recommendations")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413ProblemToo() throws Exception {
        byte[] huge = ("{\"text\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/recommendations"))
                .header("Content-Type", "application/json").header("Authorization", Tokens.secretariat())
                // an InputStream publisher has no known length: the body goes out chunked, without Content-Length
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void theDocumentDeclaresTheBearerSchemeAndTheRoleOfEachWrite() {
        JsonNode doc = Fixtures.parse(given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        JsonNode scheme = doc.get("components").get("securitySchemes").get("bearer");
        assertThat(scheme.get("type").asText()).isEqualTo("http");
        assertThat(scheme.get("scheme").asText()).isEqualToIgnoringCase("bearer");
        for (String[] op : new String[][]{{"/recommendations", "post"}, {"/recommendations/{number}", "put"},
                {"/recommendations/{number}/status", "post"}}) {
            JsonNode operation = doc.get("paths").get(op[0]).get(op[1]);
            assertThat(operation.get("security").findValuesAsText("bearer")).as(op[0]).isNotNull();
            assertThat(operation.get("security").toString()).contains("bearer");
            assertThat(operation.get("description").asText()).contains("secretariat");
            for (String code : new String[]{"401", "403"}) {
                assertThat(operation.get("responses").get(code).get("content").get(PROBLEM).get("schema").get("$ref").asText())
                        .as(op[0] + " " + code).endsWith("/Problem");
            }
        }
        JsonNode read = doc.get("paths").get("/recommendations/{number}").get("get");
        assertThat(read.has("security")).isFalse();
    }
}

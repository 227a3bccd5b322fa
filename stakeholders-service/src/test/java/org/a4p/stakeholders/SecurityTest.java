package org.a4p.stakeholders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Sessions and stakeholders are written by the secretariat only; reads and the calendar stay public. */
@QuarkusTest
class SecurityTest {

    static final String PROBLEM = "application/problem+json";
    static final String SESSION = """
            {"body": "C34", "title": "Security test session", "kind": "OTHER", "startsOn": "2027-09-01", "endsOn": "2027-09-02"}""";

    @Test
    void writesNeedTheSecretariatRole() {
        given().contentType("application/json").body(SESSION).when().post("/sessions")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:a4p:problem:unauthorized"));
        given().header("Authorization", Tokens.expired()).when().delete("/sessions/c34-2023")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", Tokens.delegation("Delegation of Ghana")).contentType("application/json").body(SESSION)
                .when().put("/sessions/c34-2023").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:a4p:problem:forbidden"));
        given().header("Authorization", Tokens.noRole()).contentType("application/json")
                .body("{\"name\": \"x\", \"kind\": \"INTERGOVERNMENTAL_BODY\", \"category\": \"MEMBER_STATES\", \"description\": \"x\"}")
                .when().put("/stakeholders/C34").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/sessions/c34-2023").then().statusCode(200).body("title", equalTo(
                given().when().get("/sessions/c34-2023").then().extract().path("title")));
        String location = given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(SESSION)
                .when().post("/sessions").then().statusCode(201).extract().header("Location");
        given().header("Authorization", Tokens.secretariat()).when().delete(location).then().statusCode(204);
    }

    @Test
    void readsAndTheCalendarArePublic() {
        given().when().get("/stakeholders").then().statusCode(200);
        given().when().get("/stakeholders/C34").then().statusCode(200);
        given().when().get("/sessions").then().statusCode(200);
        given().header("Authorization", Tokens.forged()).when().get("/sessions.ics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
    }

    @Test
    void theDocumentDeclaresTheBearerSchemeAndTheRoleOfEachWrite() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualToIgnoringCase("bearer");
        for (String[] op : new String[][]{{"/sessions", "post"}, {"/sessions/{id}", "put"}, {"/sessions/{id}", "delete"},
                {"/stakeholders/{code}", "put"}}) {
            JsonNode operation = doc.get("paths").get(op[0]).get(op[1]);
            assertThat(operation.get("security").toString()).as(op[0] + " " + op[1]).contains("bearer");
            assertThat(operation.get("description").asText()).contains("secretariat");
            for (String code : new String[]{"401", "403"}) {
                assertThat(operation.at("/responses/" + code + "/content/application~1problem+json/schema/$ref").asText())
                        .as(op[0] + " " + code).endsWith("/Problem");
            }
        }
        assertThat(doc.get("paths").get("/sessions").get("get").has("security")).isFalse();
        assertThat(doc.get("paths").get("/sessions.ics").get("get").has("security")).isFalse();
    }
}

package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a4p.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is fit for generating clients: named operations, every answer described, enums as enums, and
 * the promises every service's document keeps (ClientContractTest).
 */
@QuarkusTest
class OpenApiContractTest extends org.a4p.testing.ClientContractTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private JsonPath doc() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** One operation as its own document: paths contain characters JsonPath expressions cannot address. */
    private static JsonPath operation(JsonPath doc, String path, String method) {
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(paths.get(path).get(method)).toString());
    }

    @Test
    void everyOperationHasAnIdASummaryAndDocumentedProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = doc().getMap("paths");
        assertThat(paths).containsKeys("/stakeholders", "/stakeholders/{code}", "/sessions", "/sessions/{id}", "/sessions.ics");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, raw) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            @SuppressWarnings("unchecked") Map<String, Object> op = raw;
            String where = method.toUpperCase() + " " + path;
            assertThat((String) op.get("operationId")).as(where).isNotBlank();
            assertThat((String) op.get("summary")).as(where).isNotBlank();
            ids.add((String) op.get("operationId"));
            @SuppressWarnings("unchecked") Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            assertThat(responses).as(where).isNotEmpty();
            assertThat(responses.keySet()).as(where + " documents an error").anyMatch(code -> code.startsWith("4"));
            responses.forEach((code, r) -> {
                assertThat((String) r.get("description")).as(where + " " + code).isNotBlank();
                if (code.startsWith("4")) {
                    assertThat(r.toString()).as(where + " " + code)
                            .contains("application/problem+json").contains("#/components/schemas/Problem");
                }
            });
        }));
        assertThat(ids).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void enumsAreEnums() {
        JsonPath doc = doc();
        assertThat(doc.getList("components.schemas.StakeholderKind.enum")).containsExactlyInAnyOrder(
                "CATEGORY", "INTERGOVERNMENTAL_BODY", "SECRETARIAT_ENTITY", "REGIONAL_ORGANIZATION", "FIELD_MISSION");
        assertThat(doc.getList("components.schemas.StakeholderCategory.enum")).containsExactlyInAnyOrder(
                "MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS");
        assertThat(doc.getList("components.schemas.SessionKind.enum")).contains("C34_SUBSTANTIVE", "DEFENCE_MINISTERIAL");
        assertThat(doc.getList("components.schemas.SessionOutcome.enum")).containsExactly(
                "REPORT_ADOPTED", "NO_SUBSTANTIVE_REPORT", "SUSPENDED", "POSTPONED");
        List<Map<String, Object>> params = operation(doc, "/stakeholders", "get").get("parameters");
        assertThat(params).anySatisfy(p -> {
            assertThat(p.get("name")).isEqualTo("kind");
            assertThat(p.get("schema").toString()).contains("#/components/schemas/StakeholderKind");
        });
        assertThat(doc.getString("components.schemas.SessionRequest.properties.kind.$ref")).endsWith("/SessionKind");
    }

    @Test
    void answersNameTheirBodySchemas() {
        JsonPath doc = doc();
        assertThat(operation(doc, "/sessions", "get").getString("responses.'200'.content.'application/json'.schema.items.$ref"))
                .endsWith("/Session");
        assertThat(operation(doc, "/stakeholders", "get").getString("responses.'200'.content.'application/json'.schema.items.$ref"))
                .endsWith("/Stakeholder");
        for (String[] op : new String[][] {{"/sessions", "post", "201"}, {"/sessions/{id}", "get", "200"},
                {"/sessions/{id}", "put", "200"}, {"/stakeholders/{code}", "get", "200"}, {"/stakeholders/{code}", "put", "200"}}) {
            assertThat(operation(doc, op[0], op[1]).getString("responses.'" + op[2] + "'.content.'application/json'.schema.$ref"))
                    .as("%s %s %s", op[1], op[0], op[2]).matches(".*/(Session|Stakeholder)");
        }
    }

    @Test
    void sessionsDocumentTheirETagIfMatchAnd412() {
        JsonPath doc = doc();
        assertThat(operation(doc, "/sessions", "post").getMap("responses.'201'.headers")).containsKeys("ETag", "Location");
        assertThat(operation(doc, "/sessions/{id}", "get").getMap("responses.'200'.headers")).containsKey("ETag");
        assertThat(operation(doc, "/sessions/{id}", "put").getMap("responses.'200'.headers")).containsKey("ETag");
        for (String method : List.of("put", "delete")) {
            JsonPath op = operation(doc, "/sessions/{id}", method);
            assertThat(op.getList("parameters.findAll { it.in == 'header' }.name")).as(method).containsExactly("If-Match");
            assertThat(op.getMap("responses")).as(method).containsKeys("400", "412");
        }
    }

    @Test
    void writesHaveRequestBodyExamplesAndCreationDocumentsLocation() {
        JsonPath doc = doc();
        JsonPath post = operation(doc, "/sessions", "post");
        JsonPath put = operation(doc, "/sessions/{id}", "put");
        assertThat(post.getMap("requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(put.getMap("requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(post.getMap("responses.'201'.headers")).containsKey("Location");
        assertThat(operation(doc, "/stakeholders/{code}", "put").getMap("requestBody.content.'application/json'.examples")).isNotEmpty();
        assertThat(post.getString("requestBody.content.'application/json'.schema.$ref")).endsWith("/SessionRequest");
        assertThat(put.getString("requestBody.content.'application/json'.schema.$ref")).endsWith("/SessionRequest");
        assertThat(operation(doc, "/stakeholders/{code}", "put").getString("requestBody.content.'application/json'.schema.$ref"))
                .endsWith("/StakeholderRequest");
        assertThat(doc.getList("components.schemas.SessionRequest.required"))
                .contains("body", "title", "kind", "startsOn", "endsOn");
    }

    @Test
    void liveAnswersFitTheirSchemas() throws Exception {
        OpenApiAnswers answers = OpenApiAnswers.served();
        ObjectMapper json = new ObjectMapper();
        answers.assertFits("Stakeholder", json.readTree(given().get("/stakeholders").then().statusCode(200).extract().asString()));
        answers.assertFits("Session", json.readTree(given().get("/sessions").then().statusCode(200).extract().asString()));
        answers.assertFits("Problem", json.readTree(given().get("/sessions/no-such-session").then().statusCode(404).extract().asString()));
    }
}

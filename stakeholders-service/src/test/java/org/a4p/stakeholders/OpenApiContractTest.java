package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is fit for generating clients: named operations, every answer described, enums as enums. */
@QuarkusTest
class OpenApiContractTest {

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
        assertThat(ids).doesNotHaveDuplicates().hasSize(9);
    }

    @Test
    void enumsAreEnums() {
        JsonPath doc = doc();
        assertThat(doc.getList("components.schemas.StakeholderKind.enum")).containsExactlyInAnyOrder(
                "CATEGORY", "INTERGOVERNMENTAL_BODY", "SECRETARIAT_ENTITY", "REGIONAL_ORGANIZATION", "FIELD_MISSION");
        assertThat(doc.getList("components.schemas.StakeholderCategory.enum")).containsExactlyInAnyOrder(
                "MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS");
        assertThat(doc.getList("components.schemas.SessionKind.enum")).contains("C34_SUBSTANTIVE", "DEFENCE_MINISTERIAL");
        List<Map<String, Object>> params = operation(doc, "/stakeholders", "get").get("parameters");
        assertThat(params).anySatisfy(p -> {
            assertThat(p.get("name")).isEqualTo("kind");
            assertThat(p.get("schema").toString()).contains("#/components/schemas/StakeholderKind");
        });
        assertThat(doc.getString("components.schemas.SessionRequest.properties.kind.$ref")).endsWith("/SessionKind");
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
        assertThat(doc.getList("components.schemas.SessionRequest.required"))
                .contains("body", "title", "kind", "startsOn", "endsOn");
    }
}

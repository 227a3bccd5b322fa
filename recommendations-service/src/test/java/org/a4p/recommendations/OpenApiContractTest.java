package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document is fit for client generation: every operation named, summarised and fully answered. */
@QuarkusTest
class OpenApiContractTest {

    static JsonNode document() {
        return Fixtures.parse(given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAnIdASummaryATagAndProblemDocumentedErrors() {
        JsonNode paths = document().get("paths");
        List<String> operationIds = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("operationId").asText()).as("operationId of %s", where).isNotBlank();
            assertThat(operation.path("summary").asText()).as("summary of %s", where).isNotBlank();
            assertThat(operation.path("tags")).as("tags of %s", where).isNotEmpty();
            operationIds.add(operation.get("operationId").asText());
            operation.get("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4")) {
                    // the refused status change is the one problem with members of its own (what is allowed instead)
                    String problem = where.equals("POST /recommendations/{number}/status") && response.getKey().equals("409")
                            ? "/TransitionProblem" : "/Problem";
                    assertThat(response.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText())
                            .as("%s answers %s with a Problem", where, response.getKey()).endsWith(problem);
                }
            });
            if (operation.has("requestBody")) {
                assertThat(operation.get("requestBody").path("content").path("application/json").path("examples"))
                        .as("request body examples of %s", where).isNotEmpty();
            }
        }));
        assertThat(operationIds).doesNotHaveDuplicates().contains("listAreas", "listRecommendations", "getRecommendation",
                "createRecommendation", "updateRecommendation", "changeRecommendationStatus", "getRecommendationHistory",
                "exportRecommendationsCsv");
    }

    @Test
    void statusChangeDocumentsEveryOutcomeAndEnumsAreEnums() {
        JsonNode doc = document();
        JsonNode statusChange = doc.get("paths").get("/recommendations/{number}/status").get("post");
        List<String> codes = new ArrayList<>();
        statusChange.get("responses").fieldNames().forEachRemaining(codes::add);
        assertThat(codes).contains("200", "400", "404", "409", "412", "415");
        assertThat(statusChange.get("parameters").findValuesAsText("name")).contains("If-Match");
        JsonNode paths = doc.get("paths");
        Map.of("post /recommendations", "201", "get /recommendations/{number}", "200", "put /recommendations/{number}", "200",
                "post /recommendations/{number}/status", "200").forEach((operation, code) -> {
            String[] where = operation.split(" ");
            JsonNode op = paths.get(where[1]).get(where[0]);
            assertThat(op.get("responses").get(code).path("headers").has("ETag")).as("ETag of %s %s", operation, code).isTrue();
            if (where[1].contains("{number}")) {
                assertThat(op.get("responses").has("404")).as("404 of %s", operation).isTrue();
                JsonNode number = op.get("parameters").findParents("name").stream()
                        .filter(p -> p.get("name").asText().equals("number")).findFirst().orElseThrow();
                assertThat(number.get("schema").get("type").asText()).as("number of %s", operation).isEqualTo("integer");
            }
        });
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("RecommendationStatus").get("enum")).extracting(JsonNode::asText).containsExactly(
                "PROPOSED", "UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS", "IMPLEMENTED", "NOT_ACCEPTED", "STALLED", "SUPERSEDED");
        assertThat(schemas.get("StakeholderCategory").get("enum")).extracting(JsonNode::asText).containsExactly(
                "MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS");
        assertThat(Map.of("Problem", schemas.has("Problem"), "Recommendation", schemas.has("Recommendation")))
                .containsValues(true, true).doesNotContainValue(false);
        JsonNode transition = schemas.get("TransitionProblem").get("properties");
        assertThat(transition.get("currentStatus").get("$ref").asText()).endsWith("/RecommendationStatus");
        assertThat(transition.get("allowedStatuses").get("items").get("$ref").asText()).endsWith("/RecommendationStatus");
        assertThat(transition.has("type") && transition.has("title") && transition.has("status") && transition.has("detail")).isTrue();
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is fit for client generation: every operation named, summarised and fully answered, and the
 * promises every service's document keeps (ClientContractTest).
 */
@QuarkusTest
class OpenApiContractTest extends org.a4p.testing.ClientContractTest {

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
                    assertThat(response.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asText())
                            .as("%s answers %s with a Problem", where, response.getKey()).matches(".*/(Problem|TransitionProblem|ImportProblem)");
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
    }

    @Test
    void aRefusedStatusChangeIsATypedProblemWithTheAllowedStatuses() {
        JsonNode conflict = servedDocument().path("paths").path("/recommendations/{number}/status").path("post")
                .path("responses").path("409").path("content").path("application/problem+json");
        assertThat(conflict.path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/TransitionProblem");
        JsonNode extension = servedDocument().path("components").path("schemas").path("TransitionProblem").path("allOf").path(1);
        assertThat(extension.path("properties").path("currentStatus").path("$ref").asText())
                .isEqualTo("#/components/schemas/RecommendationStatus");
        assertThat(extension.path("properties").path("allowedStatuses").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/RecommendationStatus");
        assertThat(conflict.path("example").path("type").asText()).isEqualTo("urn:a4p:problem:invalid-transition");
    }

    @Test
    void theReadsWithoutParametersDocumentTheirClientErrors() {
        for (String path : new String[]{"/areas", "/recommendations.csv"}) {
            assertThat(names(servedDocument().path("paths").path(path).path("get").path("responses"))).as(path)
                    .contains("400", "406");
        }
    }

    @Test
    void liveAnswersFitTheirSchemas() {
        OpenApiAnswers answers = OpenApiAnswers.served();
        answers.assertFits("Area", given().get("/areas").then().statusCode(200).extract().as(JsonNode.class));
        answers.assertFits("RecommendationPage", given().get("/recommendations?size=100").then().statusCode(200).extract().as(JsonNode.class));
        answers.assertFits("Recommendation", given().get("/recommendations/1").then().statusCode(200).extract().as(JsonNode.class));
        answers.assertFits("HistoryEntry", given().get("/recommendations/1/history").then().statusCode(200).extract().as(JsonNode.class));
        answers.assertFits("Problem", given().get("/recommendations/0").then().statusCode(400).extract().as(JsonNode.class));
    }
}

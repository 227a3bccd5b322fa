package org.a4p.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises every service's OpenAPI document keeps for generated clients (issue 11), checked on the document
 * {@code /q/openapi} serves. A service runs them with a {@code @QuarkusTest} subclass; {@link #servedDocument()}
 * gives a subclass the document for its own checks.
 */
public abstract class ClientContractTest {

    /** Component names a client would turn into classes shadowing the platform's own types. */
    static final Set<String> JAVA_TYPES = Set.of("OffsetDateTime", "LocalDate", "LocalDateTime", "LocalTime", "Instant",
            "ZonedDateTime", "Duration", "UUID", "URI", "URL", "BigDecimal", "BigInteger");
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    protected JsonNode servedDocument() {
        return document;
    }

    @Test
    void theServedDocumentIsTheOneTheBuildStored() throws Exception {
        Path stored = Path.of("target/openapi/openapi.json");
        assertThat(stored).as("quarkus.smallrye-openapi.store-schema-directory").exists();
        assertThat(new ObjectMapper().readTree(Files.readString(stored))).isEqualTo(servedDocument());
    }

    @Test
    void noReferenceHasASiblingType() {
        List<String> found = new ArrayList<>();
        walk(servedDocument(), "#", (node, at) -> {
            if (node.has("$ref") && node.has("type")) {
                found.add(at);
            }
        });
        assertThat(found).as("$ref with a sibling type").isEmpty();
    }

    @Test
    void noSchemaIsNamedAfterAJavaType() {
        assertThat(names(servedDocument().path("components").path("schemas"))).doesNotContainAnyElementsOf(JAVA_TYPES);
    }

    @Test
    void everyObjectAnAnswerCarriesListsItsRequiredFields() {
        JsonNode schemas = servedDocument().path("components").path("schemas");
        List<String> reachable = new ArrayList<>();
        List<JsonNode> todo = new ArrayList<>();
        operations().forEach(op -> op.path("responses").forEach(todo::add));
        servedDocument().path("webhooks").forEach(item -> item.forEach(op -> todo.add(op.path("requestBody"))));
        while (!todo.isEmpty()) {
            walk(todo.remove(todo.size() - 1), "#", (node, at) -> {
                String ref = node.path("$ref").asText("");
                if (ref.startsWith("#/components/schemas/") && !reachable.contains(ref.substring(21))) {
                    reachable.add(ref.substring(21));
                    todo.add(schemas.path(ref.substring(21)));
                }
            });
        }
        assertThat(reachable).isNotEmpty();
        reachable.stream().map(name -> Map.entry(name, schemas.path(name)))
                .filter(e -> e.getValue().has("properties"))
                .forEach(e -> assertThat(e.getValue().path("required").size()).as("required of %s", e.getKey()).isPositive());
    }

    @Test
    void everyOperationDocumentsItsClientErrorsAsProblemsWithTheirOwnExample() {
        operations().forEach(op -> {
            String id = op.path("operationId").asText();
            List<String> codes = names(op.path("responses"));
            assertThat(codes).as("%s answers", id).contains("400", "406");
            codes.stream().filter(c -> c.startsWith("4") || c.startsWith("5")).forEach(code -> {
                JsonNode problem = op.path("responses").path(code).path("content").path("application/problem+json");
                assertThat(problem.path("schema").isMissingNode()).as("%s %s problem schema", id, code).isFalse();
                JsonNode example = problem.has("example") ? problem.path("example")
                        : problem.path("examples").elements().hasNext() ? problem.path("examples").elements().next().path("value")
                        : problem.path("example");
                assertThat(example.path("status").asInt()).as("%s %s example status", id, code).isEqualTo(Integer.parseInt(code));
            });
        });
    }

    @Test
    void eitherRoleIsTwoAlternativeRequirementsNotOneThatNeedsBoth() {
        operations().forEach(op -> op.path("security").forEach(requirement -> requirement.forEach(roles ->
                assertThat(roles.size()).as("%s: one role per requirement object", op.path("operationId").asText())
                        .isLessThanOrEqualTo(1))));
    }

    @Test
    void pathParametersComeInPathOrderFirst() {
        servedDocument().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            List<String> names = new ArrayList<>();
            method.getValue().path("parameters").forEach(p -> names.add(p.path("in").asText() + ":" + p.path("name").asText()));
            List<String> inPath = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (m.find()) {
                inPath.add("path:" + m.group(1));
            }
            assertThat(names.subList(0, Math.min(inPath.size(), names.size()))).as("%s %s", method.getKey(), path.getKey())
                    .isEqualTo(inPath);
        }));
    }

    @Test
    void theDocumentNamesItsServer() {
        assertThat(servedDocument().path("servers").size()).isPositive();
        assertThat(servedDocument().path("servers").path(0).path("url").asText()).isNotBlank();
    }

    /** Every operation of the paths. */
    protected List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        servedDocument().path("paths").forEach(item -> METHODS.forEach(m -> {
            if (item.has(m)) {
                operations.add(item.path(m));
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    protected static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    interface Visitor {
        void visit(JsonNode node, String at);
    }

    static void walk(JsonNode node, String at, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, at);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                // examples are data, not schemas
                if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                    walk(e.getValue(), at + "/" + e.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visitor);
            }
        }
    }
}

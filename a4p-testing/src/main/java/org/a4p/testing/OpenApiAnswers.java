package org.a4p.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a live answer against the schema the service's own {@code /q/openapi} gives it, the way a generated client
 * reads it: every {@code required} property is present, {@code null} only where the schema allows it, enum values
 * among the enum, a {@code oneOf} with a discriminator resolved by its mapping. Not a full JSON Schema validator:
 * what typed clients break on.
 */
public final class OpenApiAnswers {

    private static final String REF = "#/components/schemas/";

    private final JsonNode schemas;

    private OpenApiAnswers(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    /** The served document of the service under test. */
    public static OpenApiAnswers served() {
        try {
            return new OpenApiAnswers(new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                    .then().statusCode(200).extract().asString()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read /q/openapi", e);
        }
    }

    /** {@code answer} fits component schema {@code name}; an array answer is checked item by item. */
    public void assertFits(String name, JsonNode answer) {
        List<String> errors = new ArrayList<>();
        JsonNode schema = schemas.path(name);
        assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
        if (answer.isArray()) {
            answer.forEach(item -> check(schema, item, name, errors));
        } else {
            check(schema, answer, name, errors);
        }
        assertThat(errors).as("%s answer %s", name, answer).isEmpty();
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
        if (schema.has("$ref")) {
            check(schemas.path(schema.path("$ref").asText().substring(REF.length())), value, at, errors);
            return;
        }
        if (value == null || value.isNull()) {
            if (!allowsNull(schema)) {
                errors.add(at + " is null, not nullable in the schema");
            }
            return;
        }
        if (schema.has("discriminator")) {
            String ref = schema.path("discriminator").path("mapping").path(value.path(schema.path("discriminator")
                    .path("propertyName").asText()).asText()).asText("");
            if (ref.isEmpty()) {
                errors.add(at + " has no discriminator value the mapping knows");
            } else {
                check(schemas.path(ref.substring(REF.length())), value, at, errors);
            }
            return;
        }
        if (schema.has("enum") && !schema.path("enum").toString().contains(value.toString())) {
            errors.add(at + " = " + value + " is not in " + schema.path("enum"));
        }
        schema.path("required").forEach(r -> {
            if (!value.has(r.asText())) {
                errors.add(at + "." + r.asText() + " is required but absent");
            }
        });
        schema.path("allOf").forEach(part -> check(part, value, at, errors));
        schema.path("properties").fields().forEachRemaining(p -> {
            if (value.has(p.getKey())) {
                check(p.getValue(), value.get(p.getKey()), at + "." + p.getKey(), errors);
            }
        });
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.path("items"), value.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private static boolean allowsNull(JsonNode schema) {
        if (schema.path("type").toString().contains("\"null\"")) {
            return true;
        }
        for (JsonNode option : schema.path("anyOf")) {
            if (option.path("type").asText().equals("null")) {
                return true;
            }
        }
        return false;
    }
}

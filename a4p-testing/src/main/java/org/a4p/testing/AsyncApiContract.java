package org.a4p.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an integrator's consumer relies on: each record of a produced topic fits the message that the producing
 * service's own {@code /q/asyncapi} document declares for it — the envelope, {@code data} (by the JSON Schema the
 * event's {@code dataschema} names), the record key and the headers. Schemas are draft 2020-12 with formats asserted.
 */
public final class AsyncApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final JsonNode document;
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    private AsyncApiContract(JsonNode document) {
        this.document = document;
    }

    /** The document the service under test serves ({@code GET /q/asyncapi?format=json}). */
    public static AsyncApiContract served() {
        String body = RestAssured.given().queryParam("format", "json").get("/q/asyncapi")
                .then().statusCode(200).extract().asString();
        try {
            return new AsyncApiContract(JSON.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException("/q/asyncapi?format=json is not JSON", e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /**
     * {@code /q/asyncapi} answers the same AsyncAPI 3.0.0 document as YAML (the default) and as JSON
     * ({@code ?format=json}), with the served data schemas in it; any other format is a 400 problem.
     */
    public void assertServedAsYamlAndJson() {
        var yaml = RestAssured.get("/q/asyncapi").then().statusCode(200).extract();
        assertThat(yaml.contentType()).startsWith("application/yaml");
        try {
            JsonNode fromYaml = new YAMLMapper().readTree(yaml.asString());
            assertThat(fromYaml).isEqualTo(document);
        } catch (Exception e) {
            throw new AssertionError("/q/asyncapi is not YAML", e);
        }
        assertThat(RestAssured.given().queryParam("format", "json").get("/q/asyncapi").contentType()).startsWith("application/json");
        RestAssured.given().queryParam("format", "xml").get("/q/asyncapi").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("servers").path("kafka").path("protocol").asText()).isEqualTo("kafka");
        assertThat(document.path("components").path("securitySchemes").path("scram").path("type").asText()).isEqualTo("scramSha512");
    }

    /**
     * Every record of {@code topic} from the beginning, read until each of {@code types} has been seen (at most
     * 60 s), after checking that every one of them fits the document.
     */
    public List<ConsumerRecord<String, String>> assertEveryEventFits(String topic, Collection<String> types) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.readAll(topic, Duration.ofSeconds(60),
                all -> typesOf(all).containsAll(types));
        assertThat(typesOf(records)).as("event types read from %s", topic).containsAll(types);
        assertThat(violations(topic, records)).as("records of %s that do not fit /q/asyncapi", topic).isEmpty();
        return records;
    }

    private static Set<String> typesOf(List<ConsumerRecord<String, String>> records) {
        Set<String> types = new HashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                types.add(JSON.readTree(r.value()).path("type").asText());
            } catch (Exception e) {
                // not JSON: violations() reports it
            }
        }
        return types;
    }

    /** The CloudEvents types the document declares for the channel whose address is {@code topic}, by message key. */
    public Map<String, String> types(String topic) {
        Map<String, String> types = new LinkedHashMap<>();
        channel(topic).path("messages").fields().forEachRemaining(m -> {
            JsonNode message = resolve(m.getValue().path("$ref").asText());
            for (JsonNode part : message.path("payload").path("allOf")) {
                if (part.path("properties").path("type").has("const")) {
                    types.put(m.getKey(), part.path("properties").path("type").path("const").asText());
                }
            }
        });
        return types;
    }

    /** What is wrong with each record of {@code topic} against its declared message; empty when all fit. */
    public List<String> violations(String topic, List<ConsumerRecord<String, String>> records) {
        Map<String, String> messageByType = new HashMap<>();
        types(topic).forEach((key, type) -> messageByType.put(type, key));
        List<String> violations = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            String where = topic + "@" + r.partition() + ":" + r.offset();
            JsonNode value;
            try {
                value = JSON.readTree(r.value());
            } catch (Exception e) {
                violations.add(where + " is not JSON");
                continue;
            }
            String messageKey = messageByType.get(value.path("type").asText());
            if (messageKey == null) {
                violations.add(where + " has type " + value.path("type") + ", which the channel does not declare");
                continue;
            }
            String message = channel(topic).path("messages").path(messageKey).path("$ref").asText();
            check(violations, where + " value", message + "/payload", value);
            check(violations, where + " key", resolve(message).path("bindings").path("kafka").path("key").path("$ref").asText(),
                    r.key() == null ? JSON.nullNode() : TextNode.valueOf(r.key()));
            check(violations, where + " headers", resolve(message).path("headers").path("$ref").asText(), headers(r));
        }
        return violations;
    }

    private void check(List<String> violations, String what, String pointer, JsonNode node) {
        if (pointer.isEmpty()) {
            violations.add(what + ": the message declares no schema for it");
            return;
        }
        schema(pointer).validate(node).forEach(m -> violations.add(what + " " + m.getMessage()));
    }

    /**
     * A schema for a place in the document: the document's components ride along, so that its internal
     * {@code #/components/...} references resolve as they do in the document itself.
     */
    private JsonSchema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$ref", p);
            root.set("components", document.path("components"));
            return FACTORY.getSchema(root, CONFIG);
        });
    }

    private JsonNode channel(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        throw new AssertionError("/q/asyncapi has no channel with address " + topic);
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new AssertionError("not a local reference: " + ref);
        }
        return document.at(ref.substring(1));
    }

    private static ObjectNode headers(ConsumerRecord<String, String> r) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}

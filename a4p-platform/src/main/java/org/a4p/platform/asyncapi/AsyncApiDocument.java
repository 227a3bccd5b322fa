package org.a4p.platform.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.a4p.events.EventSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A service's AsyncAPI document, {@value #RESOURCE} on its classpath, made whole: each {@code $ref} to
 * {@code #/components/schemas/<event type>} that the service's document does not define itself gets that type's
 * data schema from a4p-events. The services write channels, messages and envelopes; the data schemas stay in
 * one place and cannot differ between the documents and the tests that check the producers.
 */
public final class AsyncApiDocument {

    public static final String RESOURCE = "META-INF/a4p/asyncapi.yaml";
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final String yaml;
    private final String json;

    private AsyncApiDocument(String yaml, String json) {
        this.yaml = yaml;
        this.json = json;
    }

    /** The service's document, or null when it produces no events and so has none. */
    public static AsyncApiDocument load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            YAMLMapper yamlMapper = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // else '1.0' (specversion) and '4.1' would be read back as numbers
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build()).build();
            JsonNode document = yamlMapper.readTree(in);
            ObjectMapper jsonMapper = new ObjectMapper();
            addDataSchemas((ObjectNode) document, jsonMapper);
            return new AsyncApiDocument(yamlMapper.writeValueAsString(document),
                    jsonMapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    public String yaml() {
        return yaml;
    }

    public String json() {
        return json;
    }

    private static void addDataSchemas(ObjectNode document, ObjectMapper json) throws IOException {
        ObjectNode schemas = document.withObjectProperty("components").withObjectProperty("schemas");
        for (String ref : document.findValuesAsText("$ref")) {
            if (!ref.startsWith(SCHEMA_REF)) {
                continue;
            }
            String name = ref.substring(SCHEMA_REF.length());
            if (schemas.has(name)) {
                continue;
            }
            String schema = EventSchemas.read(name);
            if (schema == null) {
                throw new IllegalStateException(RESOURCE + " refers to " + ref + ", which neither it nor a4p-events defines");
            }
            ObjectNode node = (ObjectNode) json.readTree(schema);
            // AsyncAPI 3.0's default schema format is a JSON Schema draft-07 superset: the 2020-12 dialect marker
            // would be read there as an unknown keyword, and the schema uses nothing that differs between the two
            node.remove("$schema");
            schemas.set(name, node);
        }
        sortFields(schemas);
    }

    private static void sortFields(ObjectNode node) {
        Map<String, JsonNode> sorted = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), e.getValue());
        }
        node.removeAll();
        node.setAll(sorted);
    }
}

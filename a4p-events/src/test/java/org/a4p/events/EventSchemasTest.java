package org.a4p.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas are the contract integrators code against, so they must not drift from the Java that produces the
 * events: every type has one, its properties are the payload record's components, and its enums are the enums.
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The record each type's data is written from. */
    private static final Map<String, Class<? extends Record>> PAYLOADS = Map.of(
            EventTypes.RECOMMENDATION_STATUS_CHANGED, RecommendationStatusChanged.class,
            EventTypes.RECOMMENDATION_UPSERTED, RecommendationUpserted.class,
            EventTypes.RECOMMENDATION_POSITION_CHANGED, RecommendationPositionChanged.class,
            EventTypes.STAKEHOLDER_UPSERTED, StakeholderUpserted.class,
            EventTypes.SESSION_SCHEDULED, SessionEvent.class,
            EventTypes.SESSION_CHANGED, SessionEvent.class,
            EventTypes.SESSION_CANCELLED, SessionEvent.class,
            EventTypes.SESSION_OUTCOME_RECORDED, SessionOutcomeRecorded.class,
            EventTypes.NOTIFICATION_DELIVERED, NotificationOutcome.class,
            EventTypes.NOTIFICATION_FAILED, NotificationOutcome.class);

    /** Properties whose values are contract codes, with the enum that holds the codes. */
    private static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
            Map.entry("previousStatus", RecommendationStatus.class),
            Map.entry("newStatus", RecommendationStatus.class),
            Map.entry("area", AreaCode.class),
            Map.entry("category", StakeholderCategory.class),
            Map.entry("stakeholders", StakeholderCategory.class),
            Map.entry("change", PositionChangeKind.class),
            Map.entry("acceptance", PositionAcceptance.class),
            Map.entry("previousAcceptance", PositionAcceptance.class),
            Map.entry("implementation", PositionImplementation.class),
            Map.entry("previousImplementation", PositionImplementation.class),
            Map.entry("outcome", SessionOutcome.class),
            Map.entry("priorities", A4pPlusPriority.class));

    @Test
    void every_event_type_has_a_schema_whose_id_is_its_dataschema() throws Exception {
        List<String> types = declaredTypes();
        assertThat(types).hasSize(10);
        assertThat(EventTypes.BY_TOPIC.values().stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(types);
        for (String type : types) {
            assertThat(EventSchemas.read(type)).as("schema of %s (%s)", type, EventSchemas.resource(type)).isNotNull();
            JsonNode schema = schema(type);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).isEqualTo(EventSchemas.uri(type));
        }
    }

    @Test
    void every_property_of_the_payload_is_required_and_no_other_is_allowed() throws Exception {
        for (String type : declaredTypes()) {
            assertThat(PAYLOADS).as("payload record of %s", type).containsKey(type);
            JsonNode schema = schema(type);
            List<String> components = Arrays.stream(PAYLOADS.get(type).getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertThat(names(schema.path("properties"))).as(type).containsExactlyElementsOf(components);
            assertThat(JSON.convertValue(schema.path("required"), List.class)).as(type).containsExactlyElementsOf(components);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(type).isFalse();
        }
    }

    @Test
    void enums_are_the_contract_codes() throws Exception {
        int checked = 0;
        for (String type : declaredTypes()) {
            JsonNode properties = schema(type).path("properties");
            for (String name : names(properties)) {
                Class<? extends Enum<?>> codes = name.equals("status") && type.startsWith("org.a4p.recommendation.")
                        ? RecommendationStatus.class : CODES.get(name);
                if (codes == null) {
                    continue;
                }
                JsonNode property = properties.path(name);
                JsonNode values = property.has("items") ? property.path("items").path("enum") : property.path("enum");
                // a nullable code lists null besides the codes
                List<Object> listed = JSON.convertValue(values, List.class);
                assertThat(listed.stream().filter(java.util.Objects::nonNull).toList()).as("%s %s", type, name)
                        .containsExactlyElementsOf(Stream.of(codes.getEnumConstants()).map(Enum::name).toList());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(13);
    }

    /** Every type constant of EventTypes, so that a new type without a schema fails here. */
    private static List<String> declaredTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (var field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && ((String) field.get(null)).startsWith("org.a4p.")) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }

    private static JsonNode schema(String type) throws Exception {
        return JSON.readTree(EventSchemas.read(type));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

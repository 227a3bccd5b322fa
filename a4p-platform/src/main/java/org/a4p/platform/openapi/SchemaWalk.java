package org.a4p.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Visits every schema of a document (components, parameters, bodies, answers, headers, webhooks), nested ones too. */
final class SchemaWalk {

    static final String COMPONENT = "#/components/schemas/";
    /** Components the scanner names after the Java type of a field; a client must not get a class called UUID. */
    static final Set<String> JAVA_TYPES = Set.of("OffsetDateTime", "LocalDate", "LocalDateTime", "LocalTime",
            "Instant", "ZonedDateTime", "Duration", "UUID", "URI", "URL", "BigDecimal", "BigInteger");

    private SchemaWalk() {
    }

    static void all(OpenAPI openAPI, Consumer<Schema> visitor) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> visit(s, visitor));
        }
        operations(openAPI).forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> visit(p.getSchema(), visitor));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), visitor);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    content(r.getContent(), visitor);
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(h -> visit(h.getSchema(), visitor));
                    }
                });
            }
        });
    }

    /** Every operation of the paths and of the webhooks. */
    static List<Operation> operations(OpenAPI openAPI) {
        List<PathItem> items = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            items.addAll(openAPI.getPaths().getPathItems().values());
        }
        if (openAPI.getWebhooks() != null) {
            items.addAll(openAPI.getWebhooks().values());
        }
        return items.stream().flatMap(i -> i.getOperations().values().stream()).toList();
    }

    private static void content(Content content, Consumer<Schema> visitor) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> visit(m.getSchema(), visitor));
        }
    }

    static void visit(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> visit(s, visitor));
        }
        visit(schema.getItems(), visitor);
        visit(schema.getAdditionalPropertiesSchema(), visitor);
        visit(schema.getNot(), visitor);
        for (List<Schema> list : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (list != null) {
                list.forEach(s -> visit(s, visitor));
            }
        }
    }

    /** Replaces every reference to a Java-type component by the component's type and format, then drops it. */
    static void inlineJavaTypes(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        Set<String> javaTypes = new LinkedHashSet<>(components.keySet());
        javaTypes.retainAll(JAVA_TYPES);
        if (javaTypes.isEmpty()) {
            return;
        }
        all(openAPI, schema -> {
            String ref = schema.getRef();
            if (ref == null || !ref.startsWith(COMPONENT) || !javaTypes.contains(ref.substring(COMPONENT.length()))) {
                return;
            }
            Schema target = components.get(ref.substring(COMPONENT.length()));
            boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
            schema.setRef(null);
            List<Schema.SchemaType> type = new ArrayList<>(target.getType() == null ? List.of(Schema.SchemaType.STRING) : target.getType());
            if (nullable) {
                type.add(Schema.SchemaType.NULL);
            }
            schema.setType(type);
            if (schema.getFormat() == null) {
                schema.setFormat(target.getFormat());
            }
        });
        javaTypes.forEach(openAPI.getComponents()::removeSchema);
    }

    /**
     * {@code $ref} with a sibling {@code type}: the type is the referenced schema's business. A nullable reference
     * ({@code type: [..., "null"]}) becomes {@code anyOf: [$ref, {type: "null"}]}.
     */
    static void dropRefSiblingType(Schema schema) {
        if (schema.getRef() == null || schema.getType() == null) {
            return;
        }
        if (schema.getType().contains(Schema.SchemaType.NULL)) {
            schema.setAnyOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(schema.getRef()),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
            schema.setRef(null);
            schema.setDefaultValue(null);
        }
        schema.setType(null);
    }

    /**
     * Shapes the scanner makes of a nullable or enum-typed field: {@code type: [string, object]} beside the
     * {@code enum} of an enum named by {@code implementation} (the enum's values are strings), a nullable enum without
     * null among its values, and a nullable field
     * as {@code type: [T, "null"]} beside {@code anyOf: [T', {type: "null"}]}. The first loses {@code object}; the
     * second becomes one {@code type: [T, "null"]} when T' is inline, or keeps only the {@code anyOf} when T' is a
     * reference.
     */
    static void tidyTypes(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        if (schema.getEnumeration() != null && type != null && type.contains(Schema.SchemaType.STRING)
                && type.contains(Schema.SchemaType.OBJECT)) {
            List<Schema.SchemaType> strings = new ArrayList<>(type);
            strings.remove(Schema.SchemaType.OBJECT);
            schema.setType(strings);
        }
        if (schema.getEnumeration() != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && !schema.getEnumeration().contains(null)) {
            // a nullable enum: null must be among the values, or the enum keyword refuses it
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.stream().noneMatch(SchemaWalk::isNull)) {
            return;
        }
        Schema other = isNull(anyOf.get(0)) ? anyOf.get(1) : anyOf.get(0);
        if (other.getRef() != null) {
            schema.setType(null);
            return;
        }
        List<Schema.SchemaType> merged = new ArrayList<>(other.getType() == null ? List.of() : other.getType());
        merged.add(Schema.SchemaType.NULL);
        schema.setAnyOf(null);
        schema.setType(merged);
        if (schema.getFormat() == null) {
            schema.setFormat(other.getFormat());
        }
    }

    private static boolean isNull(Schema s) {
        return s.getRef() == null && s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /** The component schemas an answer (of any status) or a webhook body can carry, following every reference. */
    static Set<String> reachableFromAnswers(OpenAPI openAPI) {
        Set<String> found = new LinkedHashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        Consumer<Schema> collect = s -> {
            if (s.getRef() != null && s.getRef().startsWith(COMPONENT)) {
                todo.add(s);
            }
        };
        operations(openAPI).forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), collect));
            }
        });
        if (openAPI.getWebhooks() != null) {
            openAPI.getWebhooks().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null) {
                    content(op.getRequestBody().getContent(), collect);
                }
            }));
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        while (!todo.isEmpty()) {
            String name = todo.poll().getRef().substring(COMPONENT.length());
            if (found.add(name) && components.get(name) != null) {
                visit(components.get(name), collect);
            }
        }
        return found;
    }
}

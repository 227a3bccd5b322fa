package org.a4p.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a generated client needs from every document, whatever the scanner made of the annotations, applied last:
 * <ul>
 *   <li>no schema named after a Java type ({@code OffsetDateTime}, {@code LocalDate}, {@code UUID}, ...): those are
 *   inlined as {@code string} with their format ({@link SchemaWalk});</li>
 *   <li>no {@code $ref} with a sibling {@code type} (the scanner writes one where a field has a description), and
 *   nullable fields as one {@code type: [T, "null"]} ({@link SchemaWalk#tidyTypes});</li>
 *   <li>{@code required} on every object schema an answer carries (see {@link #requireResponseFields});</li>
 *   <li>path parameters in path order (a client's {@code retry_delivery(id, delivery_id)}), before the others;</li>
 *   <li>a public operation says so, as a protected one names its role;</li>
 *   <li>{@code servers} from {@code a4p.openapi.server-url} and {@code a4p.openapi.server-description}.</li>
 * </ul>
 * Build-time only, so the document a build stores ({@code target/openapi/}) is the one {@code /q/openapi} serves.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ContractShape.PRIORITY)
public class ContractShape implements OASFilter {

    static final int PRIORITY = ProblemResponses.PRIORITY - 100;
    static final String PUBLIC = "Public: no token needed.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SchemaWalk.inlineJavaTypes(openAPI);
        SchemaWalk.all(openAPI, SchemaWalk::dropRefSiblingType);
        SchemaWalk.all(openAPI, SchemaWalk::tidyTypes);
        requireResponseFields(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                orderParameters(path, operation);
                describePublic(openAPI, operation);
            }));
        }
        servers(openAPI, ConfigProvider.getConfig());
    }

    /**
     * Our answers are written by Jackson with its default inclusion, so every property of an answer's object is
     * present (null where declared nullable). A schema whose class leaves some out ({@code @JsonInclude(NON_NULL)})
     * lists its own {@code required} ({@code @Schema(requiredProperties = ...)}), and that list is kept.
     */
    static void requireResponseFields(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        for (String name : SchemaWalk.reachableFromAnswers(openAPI)) {
            Schema schema = components.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    static void orderParameters(String path, Operation operation) {
        if (operation.getParameters() == null || operation.getParameters().size() < 2) {
            return;
        }
        List<Parameter> ordered = new ArrayList<>(operation.getParameters());
        ordered.sort(Comparator.comparingInt((Parameter p) -> p.getIn() == Parameter.In.PATH ? 0 : 1)
                .thenComparingInt(p -> p.getIn() == Parameter.In.PATH ? path.indexOf("{" + p.getName() + "}") : 0));
        operation.setParameters(ordered);
    }

    private static void describePublic(OpenAPI openAPI, Operation operation) {
        boolean secured = (operation.getSecurity() != null && !operation.getSecurity().isEmpty())
                || (operation.getSecurity() == null && openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty());
        String description = operation.getDescription();
        if (!secured && (description == null || !description.startsWith(PUBLIC))) {
            operation.setDescription(description == null || description.isBlank() ? PUBLIC : PUBLIC + " " + description);
        }
    }

    /** One server, public ({@code x-internal: false}); its description names the environments it stands for. */
    static void servers(OpenAPI openAPI, Config config) {
        String url = config.getOptionalValue("a4p.openapi.server-url", String.class).orElse("/");
        String description = config.getOptionalValue("a4p.openapi.server-description", String.class)
                .orElse("This service, at the address this document was read from: in production the deployment's "
                        + "https address, locally (./run.sh) http://localhost with the service's port");
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(url).description(description)
                .addExtension("x-internal", false))));
    }
}

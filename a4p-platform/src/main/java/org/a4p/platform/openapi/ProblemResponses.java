package org.a4p.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.a4p.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every 4xx and 5xx answer of every service is an {@code application/problem+json} {@link Problem}, and most of them
 * follow from an operation's shape, not from what it does. This filter documents them once for every operation of
 * every service, so that an operation states only what is its own (a 404 that names its resource, a 409):
 * <ul>
 *   <li>400 for any operation (every parameter and read header is checked: control characters, invalid UTF-8,
 *   out-of-range values), 406 (an Accept header naming nothing it produces);</li>
 *   <li>404 for a path with a parameter, 413 and 415 for a request body, 412 for an If-Match header, 429 with
 *   Retry-After for a write ({@code http.WriteRateLimit});</li>
 *   <li>the Problem body, and an example fitting the status, on every error response that has none.</li>
 * </ul>
 * It runs after the other filters (lower priority), so that it also completes what they add (401/403 of
 * {@code security.SecuredOperations}, a service's own responses).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ProblemResponses.PRIORITY)
public class ProblemResponses implements OASFilter {

    /** After every filter at the default priority; {@link ContractShape} runs after this one. */
    static final int PRIORITY = -100;
    static final String PROBLEM = "Problem";
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.DELETE, PathItem.HttpMethod.PATCH);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema problem = schemas == null ? null : schemas.get(PROBLEM);
        if (problem == null) {
            // the scanner adds it only where an annotation names Problem.class; the responses below point at it
            problem = problemSchema();
            openAPI.getComponents().addSchema(PROBLEM, problem);
        }
        problem.setRequired(List.of("type", "title", "status"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
            operation.setResponses(responses);
            byShape(path, method, operation, responses);
            responses.getAPIResponses().forEach((code, response) -> {
                if (isError(code)) {
                    completeProblem(code, response);
                }
            });
        }));
    }

    private static void byShape(String path, PathItem.HttpMethod method, Operation operation, APIResponses responses) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        add(responses, "400", "A parameter or header is invalid (control character, invalid UTF-8, out of range); the problem names it");
        if (path.contains("{")) {
            add(responses, "404", "Nothing exists at this path");
        }
        add(responses, "406", "The Accept header names no media type this operation produces");
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than 64 KiB");
            add(responses, "415", "The request body is not application/json");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "If-Match does not name the current version; nothing was changed");
        }
        if (WRITES.contains(method) && !responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Too many writes from this caller (token subject, else client address); nothing was changed")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before the next write")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                    .minimum(java.math.BigDecimal.ONE))));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void completeProblem(String code, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(problemContent());
        }
        MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && problem.getExample() == null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            problem.setExample(ProblemExamples.of(code, response.getDescription()));
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description("RFC 9457 problem details")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }

    /** The body of an error response: a Problem document as application/problem+json. */
    public static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    static boolean isError(String code) {
        return code != null && (code.startsWith("4") || code.startsWith("5"));
    }
}

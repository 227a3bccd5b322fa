package org.a4p.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.a4p.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every 4xx and 5xx answer of every service is an {@code application/problem+json} {@link Problem}, so an
 * operation declares only the code and what it means: {@code @APIResponse(responseCode = "404", description =
 * "No such recommendation")}. This filter gives each such response without content the Problem body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (isError(code) && response.getRef() == null
                    && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    /**
     * The scanner only adds the Problem schema where an annotation names {@code Problem.class}; an operation that
     * relies on this filter alone would point at nothing, so the schema is added here when no annotation did.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey(PROBLEM)) {
            openAPI.getComponents().addSchema(PROBLEM, problemSchema());
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

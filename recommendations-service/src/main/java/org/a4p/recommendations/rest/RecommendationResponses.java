package org.a4p.recommendations.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.a4p.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * What this service's operations have in common beyond the platform's problem answers
 * ({@code openapi.ProblemResponses}): a path with {@code {number}} answers 404 for no such recommendation, every
 * answer that carries a Recommendation carries its version as ETag, and the refused status change is a
 * {@value #TRANSITION_PROBLEM}: a Problem with the current status and the statuses allowed from it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RecommendationResponses implements OASFilter {

    static final String TRANSITION_PROBLEM = "TransitionProblem";
    private static final String NOT_FOUND = "No such recommendation";
    private static final String ETAG = "The recommendation's version, quoted; send it back in If-Match";
    private static final String RECOMMENDATION_REF = "#/components/schemas/Recommendation";
    private static final String STATUS_REF = "#/components/schemas/RecommendationStatus";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(RecommendationResponses::isNumber)
                && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse().description(NOT_FOUND));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (carriesARecommendation(response) || "304".equals(code)) {
                response.addHeader(HttpHeaders.ETAG, OASFactory.createHeader().description(ETAG)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(24).pattern("^\"[0-9]+\"$")));
            }
        });
        if ("changeRecommendationStatus".equals(operation.getOperationId()) && responses.hasAPIResponse("409")) {
            responses.getAPIResponse("409").content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(TRANSITION_PROBLEM))
                            .example(Map.of("type", "urn:a4p:problem:invalid-transition", "title", "Transition not allowed",
                                    "status", 409, "detail", "recommendation 3 cannot change from IMPLEMENTED to PROPOSED "
                                            + "(IMPLEMENTED is final)",
                                    "currentStatus", "IMPLEMENTED", "allowedStatuses", List.of()))));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema status = OASFactory.createSchema().ref(STATUS_REF);
        openAPI.getComponents().addSchema(TRANSITION_PROBLEM, OASFactory.createSchema()
                .description("The problem of a refused status change. currentStatus and allowedStatuses are present when "
                        + "type is urn:a4p:problem:invalid-transition (the lifecycle does not allow the change), absent "
                        + "for urn:a4p:problem:concurrent-modification")
                .addAllOf(OASFactory.createSchema().ref("Problem"))
                .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .addProperty("currentStatus", OASFactory.createSchema().description("The recommendation's status now")
                                .ref(STATUS_REF))
                        .addProperty("allowedStatuses", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("The statuses it may change to from currentStatus; empty when currentStatus is final")
                                .items(status).maxItems(8))));
    }

    private static boolean carriesARecommendation(APIResponse response) {
        MediaType json = response.getContent() == null ? null : response.getContent().getMediaType(JSON);
        return json != null && json.getSchema() != null && RECOMMENDATION_REF.equals(json.getSchema().getRef());
    }

    private static boolean isNumber(Parameter p) {
        return p.getIn() == Parameter.In.PATH && "number".equals(p.getName());
    }
}

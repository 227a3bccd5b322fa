package org.a4p.recommendations.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.a4p.platform.http.ETags;
import org.a4p.platform.openapi.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What follows from an operation's shape, documented once instead of on every operation: a path with
 * {@code {number}} can answer 404, a JSON body 415, an If-Match header 412, and every answer that carries a
 * Recommendation carries its version as ETag. An operation that declares one of these codes keeps its own description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RecommendationResponses implements OASFilter {

    private static final String NOT_FOUND = "No such recommendation";
    private static final String NOT_JSON = "The body is not application/json";
    private static final String STALE = "If-Match does not match the current version";
    private static final String ETAG = "The recommendation's version, quoted; send it back in If-Match";
    private static final String RECOMMENDATION_REF = "#/components/schemas/Recommendation";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(RecommendationResponses::isNumber)) {
            problem(responses, "404", NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "415", NOT_JSON);
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(RecommendationResponses::isIfMatch)) {
            problem(responses, "412", STALE);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (carriesARecommendation(response) || "304".equals(code)) {
                response.addHeader(HttpHeaders.ETAG, OASFactory.createHeader().description(ETAG)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        });
        return operation;
    }

    private static boolean carriesARecommendation(APIResponse response) {
        MediaType json = response.getContent() == null ? null : response.getContent().getMediaType(JSON);
        return json != null && json.getSchema() != null && RECOMMENDATION_REF.equals(json.getSchema().getRef());
    }

    private static boolean isNumber(Parameter p) {
        return p.getIn() == Parameter.In.PATH && "number".equals(p.getName());
    }

    private static boolean isIfMatch(Parameter p) {
        return p.getIn() == Parameter.In.HEADER && ETags.IF_MATCH.equalsIgnoreCase(p.getName());
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(ProblemResponses.problemContent()));
        }
    }
}

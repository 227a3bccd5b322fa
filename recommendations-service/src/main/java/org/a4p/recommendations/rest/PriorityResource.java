package org.a4p.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.http.ETags;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.security.Caller;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
import org.a4p.recommendations.api.PrioritiesInput;
import org.a4p.recommendations.api.RecommendationView;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.service.PriorityService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/recommendations/{number}/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class PriorityResource {

    private static final String PUT_EXAMPLE = """
            {"priorities": ["STRATEGIC_COMMUNICATIONS", "WOMEN_PEACE_AND_SECURITY"]}""";
    private static final String UNKNOWN_CODE = """
            {"type": "urn:a4p:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "priorities: 'POLITICS' is not an A4P+ priority or cross-cutting theme; one of [...] (see GET /frameworks/A4P_PLUS_2021)",
             "errors": [{"field": "priorities", "message": "'POLITICS' is not an A4P+ priority or cross-cutting theme; one of [...] (see GET /frameworks/A4P_PLUS_2021)"}]}""";

    private final PriorityService service;
    private final RecommendationMapper mapper;
    private final Caller caller;

    PriorityResource(PriorityService service, RecommendationMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setRecommendationPriorities", summary = "Map a recommendation to A4P+ priorities and cross-cutting themes (replaces the set)",
            description = "The body is the whole set: it replaces the recommendation's priorities ([] removes them all); order does "
                    + "not matter and a code given twice counts once. No official mapping of the 2018 recommendations to A4P+ "
                    + "exists, so none is seeded: these are the secretariat's. A change bumps the recommendation's version, is in "
                    + "its history (kind PRIORITIES) and is an org.a4p.recommendation.upserted.v1 event carrying the new "
                    + "priorities; the same set again changes nothing. Without If-Match the change applies to whatever version "
                    + "is current (as every write of this service).")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PrioritiesInput.class),
            examples = {@ExampleObject(name = "map", summary = "A priority and a cross-cutting theme", value = PUT_EXAMPLE),
                    @ExampleObject(name = "clear", summary = "No priorities", value = "{\"priorities\": []}")}))
    @APIResponse(responseCode = "200", description = "Changed (or unchanged); the recommendation as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid number, If-Match, or body: priorities missing, or a value that is not "
            + "an A4P+ code (the problem names it; nothing is changed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknownCode", value = UNKNOWN_CODE)))
    public Response set(@BeanParam RecommendationNumber target,
                        @Parameter(description = "The recommendation's version read before (ETag); 412 if it changed since", example = "\"0\"")
                        @HeaderParam(ETags.IF_MATCH) String ifMatch,
                        @Valid @NotNull PrioritiesInput body) {
        int number = target.value();
        Long expected = ETags.expectedVersion(ifMatch);
        Recommendation r = service.set(number, expected, PriorityService.codes("priorities", body.priorities(), false), caller.name());
        return ETags.tagged(Response.ok(), r.version, mapper.toView(r));
    }
}

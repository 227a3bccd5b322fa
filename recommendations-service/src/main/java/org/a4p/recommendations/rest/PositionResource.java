package org.a4p.recommendations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.http.ETags;
import org.a4p.platform.http.PublicLinks;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.problem.ProblemException;
import org.a4p.platform.security.Caller;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
import org.a4p.recommendations.api.PositionInput;
import org.a4p.recommendations.api.PositionView;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.Position;
import org.a4p.recommendations.service.PositionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.regex.Pattern;

@Path("/recommendations/{number}/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions", description = "Each addressee's own acceptance and implementation of a recommendation (the JIU model)")
public class PositionResource {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final String PUT_EXAMPLE = """
            {"acceptance": "ACCEPTED", "implementation": "IN_PROGRESS",
             "note": "Endorsed by the C-34; guidance in preparation",
             "evidence": [{"symbol": "A/77/19", "paragraph": "120", "url": "https://undocs.org/en/A/77/19",
                           "title": "Report of the Special Committee on Peacekeeping Operations, 2023"}]}""";
    private static final String NEEDS_ACCEPTANCE = """
            {"type": "urn:a4p:problem:implementation-needs-acceptance", "title": "Implementation needs acceptance",
             "status": 422, "detail": "implementation IN_PROGRESS needs acceptance ACCEPTED or PARTIALLY_ACCEPTED, not PENDING",
             "acceptance": "PENDING", "implementation": "IN_PROGRESS"}""";

    private final PositionService service;
    private final RecommendationMapper mapper;
    private final Caller caller;
    private final PublicLinks links;

    PositionResource(PositionService service, RecommendationMapper mapper, Caller caller, PublicLinks links) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
        this.links = links;
    }

    @GET
    @Operation(operationId = "listPositions", summary = "Every addressee's position on a recommendation")
    @APIResponse(responseCode = "200", description = "The positions, categories in canonical order, then bodies by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PositionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid number or asOf")
    public List<PositionView> list(@BeanParam RecommendationNumber target,
                                   @Parameter(description = AsOfParam.DESCRIPTION, schema = @Schema(type = SchemaType.STRING), example = "2023-02-20")
                                   @QueryParam("asOf") String asOf) {
        return service.list(target.value(), AsOfParam.parse(asOf)).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{stakeholder}")
    @Operation(operationId = "getPosition", summary = "One addressee's position, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The position",
            headers = @Header(name = HttpHeaders.ETAG, description = "The position's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid number, stakeholder code or asOf")
    public Response get(@BeanParam RecommendationNumber target,
                        @Parameter(description = "The addressee: a stakeholder category or a body's code", example = "SECRETARIAT")
                        @PathParam("stakeholder") String stakeholder,
                        @Parameter(description = AsOfParam.DESCRIPTION, schema = @Schema(type = SchemaType.STRING), example = "2023-02-20")
                        @QueryParam("asOf") String asOf) {
        int number = target.value();
        String code = code(stakeholder);
        var at = AsOfParam.parse(asOf);
        Position p = service.get(number, code, at);
        Response.ResponseBuilder ok = Response.ok(mapper.toView(p));
        return (at == null ? ok.header(HttpHeaders.ETAG, ETags.of(p.version)) : ok).build();
    }

    @PUT
    @Path("{stakeholder}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putPosition", summary = "Record an addressee's acceptance and implementation (adds the addressee if new)",
            description = "Every change is in the history and is an org.a4p.recommendation.position-changed.v1 event; it also bumps "
                    + "the recommendation's version. The same values again change nothing.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PositionInput.class),
            examples = @ExampleObject(name = "accepted", summary = "Accepted and under way", value = PUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed (or unchanged); the position as it is now",
            headers = @Header(name = HttpHeaders.ETAG, description = "The position's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    @APIResponse(responseCode = "201", description = "Added: the addressee had no position",
            headers = {@Header(name = HttpHeaders.ETAG, description = "The position's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.LOCATION, description = "URL of the position", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid number, stakeholder (neither a category nor a known body), body, evidence or If-Match")
    @APIResponse(responseCode = "422", description = "An implementation other than NOT_STARTED without acceptance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "needsAcceptance", value = NEEDS_ACCEPTANCE)))
    public Response put(@BeanParam RecommendationNumber target,
                        @Parameter(description = "The addressee: a stakeholder category or a body's code", example = "SECRETARIAT")
                        @PathParam("stakeholder") String stakeholder,
                        @Parameter(description = "The position's version read before (ETag); 412 if it changed since", example = "\"0\"")
                        @HeaderParam(ETags.IF_MATCH) String ifMatch,
                        @Valid @NotNull PositionInput body) {
        int number = target.value();
        String code = code(stakeholder);
        PositionService.Written w = service.put(number, code, ETags.expectedVersion(ifMatch), body, caller.name());
        Response.ResponseBuilder answer = w.created()
                ? Response.created(links.to("/recommendations/" + number + "/positions/" + code)) : Response.ok();
        return ETags.tagged(answer, w.position().version, mapper.toView(w.position()));
    }

    @DELETE
    @Path("{stakeholder}")
    @Operation(operationId = "deletePosition", summary = "Remove an addressee added by mistake (its history stays)")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Invalid number, stakeholder code or If-Match")
    public Response delete(@BeanParam RecommendationNumber target,
                           @Parameter(description = "The addressee: a stakeholder category or a body's code", example = "SECRETARIAT")
                           @PathParam("stakeholder") String stakeholder,
                           @Parameter(description = "The position's version read before (ETag); 412 if it changed since", example = "\"0\"")
                           @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        int number = target.value();
        service.delete(number, code(stakeholder), ETags.expectedVersion(ifMatch), caller.name());
        return Response.noContent().build();
    }

    /** A stakeholder code in its shape (a category or a body's code), else a 400 problem naming {@code stakeholder}. */
    private static String code(String value) {
        String code = optionalCode("stakeholder", value);
        if (code == null) {
            throw ProblemException.badRequest("stakeholder", "is required");
        }
        return code;
    }

    static String optionalCode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw ProblemException.badRequest(name, "must be a stakeholder category or a body's code (A-Z, 0-9, _; at most 64)");
        }
        return value;
    }
}

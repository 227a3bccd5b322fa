package org.a4p.recommendations.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.events.A4pPlusPriority;
import org.a4p.events.AreaCode;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.platform.http.ETags;
import org.a4p.platform.http.PublicLinks;
import org.a4p.platform.http.QueryParams;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.security.Caller;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
import org.a4p.recommendations.api.HistoryEntry;
import org.a4p.recommendations.api.RecommendationInput;
import org.a4p.recommendations.api.RecommendationPage;
import org.a4p.recommendations.api.RecommendationView;
import org.a4p.recommendations.api.StatusChangeRequest;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.service.PositionFilter;
import org.a4p.recommendations.service.PriorityService;
import org.a4p.recommendations.service.RecommendationService;
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

import java.time.OffsetDateTime;
import java.util.List;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "The A4P recommendations, their status lifecycle and history")
public class RecommendationResource {

    private static final String IF_MATCH_DESCRIPTION = "The version read before (ETag); the write is refused with 412 if it changed since";
    private static final String NUMBER_INVALID = "The number is not an integer from 1 to " + RecommendationInput.MAX_NUMBER;
    private static final String WRITE_INVALID = "Invalid number, body or If-Match header (the problem names which)";
    private static final String CREATE_EXAMPLE = """
            {"text": "Develop a handbook on partnerships between UN and regional peace operations",
             "stakeholderAction": "Secretariat Think tanks/researchers",
             "area": "PARTNERSHIPS", "a4pParagraph": 18, "context": "Strand 3 'Partnerships'"}""";
    private static final String STATUS_EXAMPLE = """
            {"status": "UNDER_CONSIDERATION",
             "note": "Taken up by the C-34 working group",
             "evidenceUrl": "https://undocs.org/en/A/73/19",
             "evidence": [{"symbol": "A/73/19", "paragraph": "12", "url": null, "title": "Report of the C-34, 2019"}]}""";

    private static final String NUMBER_TAKEN = """
            {"type": "urn:a4p:problem:number-taken", "title": "Number taken", "status": 409,
             "detail": "recommendation 25 already exists; omit number to get the next free one", "number": 25}""";

    private final RecommendationService service;
    private final RecommendationMapper mapper;
    private final Caller caller;
    private final RecommendationReads reads;
    private final PublicLinks links;

    RecommendationResource(RecommendationService service, RecommendationMapper mapper, Caller caller,
                           RecommendationReads reads, PublicLinks links) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
        this.reads = reads;
        this.links = links;
    }

    @GET
    @Operation(operationId = "listRecommendations", summary = "Recommendations matching the filters, one page at a time, ordered by number")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter is invalid (unknown area, status, stakeholder or body; page or size out of range; "
            + "acceptance or implementation without positionOf; priority not an A4P+ code; asOf not a date or instant)")
    public Response list(
            @Parameter(description = "Area of Commitment code", example = "POLITICS") @QueryParam("area") String area,
            @Parameter(description = "Stakeholder category that can act", schema = @Schema(implementation = StakeholderCategory.class))
            @QueryParam("stakeholder") String stakeholder,
            @Parameter(description = "A body's code (e.g. C34, FIFTH_COMMITTEE), resolved to its stakeholder category; a category code is accepted too",
                    example = "C34") @QueryParam("body") String body,
            @Parameter(description = "Current status", schema = @Schema(implementation = RecommendationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "A4P Declaration paragraph", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "99"))
            @QueryParam("a4pParagraph") String a4pParagraph,
            @Parameter(description = "Full-text search over the recommendation and its stakeholder action (web search syntax: words, \"phrases\", or, -not)",
                    example = "gender") @QueryParam("q") String q,
            @Parameter(description = "An addressee (stakeholder category or body code) that has a position; with acceptance and/or implementation, "
                    + "one whose position has those values", example = "SECRETARIAT") @QueryParam("positionOf") String positionOf,
            @Parameter(description = "With positionOf: the acceptance of that addressee's position", schema = @Schema(implementation = PositionAcceptance.class))
            @QueryParam("acceptance") String acceptance,
            @Parameter(description = "With positionOf: the implementation of that addressee's position", schema = @Schema(implementation = PositionImplementation.class))
            @QueryParam("implementation") String implementation,
            @Parameter(description = "A4P+ priority or cross-cutting theme (see GET /frameworks/A4P_PLUS_2021): recommendations "
                    + "mapped to any of those given (repeat the parameter or separate codes by commas). None is seeded: only "
                    + "recommendations the secretariat has mapped match. With asOf, the priorities recorded then",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = A4pPlusPriority.class))
            @QueryParam("priority") List<String> priority,
            @Parameter(description = AsOfParam.DESCRIPTION, schema = @Schema(type = SchemaType.STRING), example = "2023-02-20")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "0-based page index", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        int pageIndex = QueryParams.integer("page", page, 0, 0, 1_000_000);
        int pageSize = QueryParams.integer("size", size, 20, 1, 100);
        AreaCode areaCode = QueryParams.optionalEnum("area", QueryParams.absentIfBlank(area), AreaCode.class);
        StakeholderCategory category = QueryParams.optionalEnum("stakeholder", stakeholder, StakeholderCategory.class);
        String bodyCode = QueryParams.optionalText("body", body, 64);
        RecommendationStatus current = QueryParams.optionalEnum("status", status, RecommendationStatus.class);
        Integer paragraph = QueryParams.optionalInteger("a4pParagraph", a4pParagraph, 1, 99);
        String text = QueryParams.optionalText("q", q, 200);
        PositionFilter position = new PositionFilter(PositionResource.optionalCode("positionOf", positionOf),
                QueryParams.optionalEnum("acceptance", QueryParams.absentIfBlank(acceptance), PositionAcceptance.class),
                QueryParams.optionalEnum("implementation", QueryParams.absentIfBlank(implementation), PositionImplementation.class));
        return reads.page(areaCode, category, bodyCode, current, paragraph, text, position,
                PriorityService.codes("priority", priority, true), AsOfParam.parse(asOf), pageIndex, pageSize).response();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation, with its version as ETag",
            description = "With asOf: as recorded at that moment (no ETag); 404 if it did not exist yet.")
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current version (no body)")
    @APIResponse(responseCode = "400", description = NUMBER_INVALID + ", or asOf is not a date or instant")
    public Uni<Response> get(@BeanParam RecommendationNumber target,
                             @Parameter(description = "The ETag read before: while it is still the current version the answer is 304 without a body",
                                     example = "\"0\"") @HeaderParam(ETags.IF_NONE_MATCH) String ifNoneMatch,
                             @Parameter(description = AsOfParam.DESCRIPTION, schema = @Schema(type = SchemaType.STRING), example = "2023-02-20")
                             @QueryParam("asOf") String asOf) {
        int number = target.value();
        OffsetDateTime at = AsOfParam.parse(asOf);
        if (at != null) {
            return Uni.createFrom().item(() -> reads.one(number, at).response())
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        // The hot read: answered on the I/O thread from memory when it can be, on a worker (database) when not.
        RecommendationReads.CachedJson cached = reads.peekOne(number);
        if (cached != null) {
            return Uni.createFrom().item(cached.response(ifNoneMatch));
        }
        return Uni.createFrom().item(() -> reads.one(number).response(ifNoneMatch))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRecommendation", summary = "Add a recommendation (it starts PROPOSED)")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationInput.class),
            examples = @ExampleObject(name = "new", summary = "A later forum's recommendation", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, description = "URL of the new recommendation", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (the problem names the field)")
    @APIResponse(responseCode = "409", description = "The number is taken", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "numberTaken", value = NUMBER_TAKEN)))
    public Response create(@Valid @NotNull RecommendationInput body) {
        Recommendation r = service.create(body, caller.name());
        return withETag(Response.created(links.to("/recommendations/" + r.number)), r);
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRecommendation", summary = "Edit a recommendation's text, stakeholders, area, paragraph and context (not its status)")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationInput.class),
            examples = @ExampleObject(name = "correction", summary = "A corrected text", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = WRITE_INVALID)
    @APIResponse(responseCode = "409", description = "Changed concurrently by another request; read it again and retry")
    public Response update(@BeanParam RecommendationNumber target,
                           @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                           @Valid @NotNull RecommendationInput body) {
        int number = target.value();
        return withETag(Response.ok(), service.edit(number, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("{number}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeRecommendationStatus", summary = "Move a recommendation along its status lifecycle",
            description = "The history and the status-changed event record the token's user (upn, preferred_username or sub) as 'by'.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusChangeRequest.class),
            examples = @ExampleObject(name = "consider", summary = "Taken up for consideration", value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed; the recommendation as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = WRITE_INVALID)
    @APIResponse(responseCode = "409", description = "The lifecycle does not allow this change; allowedStatuses lists what is allowed")
    public Response changeStatus(@BeanParam RecommendationNumber target,
                                 @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                 @Valid @NotNull StatusChangeRequest body) {
        int number = target.value();
        return withETag(Response.ok(), service.changeStatus(number, ETags.expectedVersion(ifMatch), body, caller.name()));
    }

    @GET
    @Path("{number}/history")
    @Operation(operationId = "getRecommendationHistory", summary = "Every status, position and priorities change of a recommendation, oldest first")
    @APIResponse(responseCode = "200", description = "The history (empty while its status and positions are the initial ones)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    @APIResponse(responseCode = "400", description = NUMBER_INVALID)
    public List<HistoryEntry> history(@BeanParam RecommendationNumber target) {
        return service.history(target.value());
    }

    private Response withETag(Response.ResponseBuilder builder, Recommendation r) {
        return ETags.tagged(builder, r.version, mapper.toView(r));
    }
}

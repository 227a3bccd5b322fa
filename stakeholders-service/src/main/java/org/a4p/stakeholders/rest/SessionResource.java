package org.a4p.stakeholders.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.http.ETags;
import org.a4p.platform.http.PublicLinks;
import org.a4p.platform.http.QueryParams;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.security.Caller;
import org.a4p.platform.security.Roles;
import org.a4p.platform.security.SecuritySchemes;
import org.a4p.stakeholders.api.SessionOutcomeRequest;
import org.a4p.stakeholders.api.SessionRequest;
import org.a4p.stakeholders.api.SessionResponse;
import org.a4p.stakeholders.mapping.ApiMapping;
import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.service.SessionService;
import org.a4p.stakeholders.service.StakeholderService;
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

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "The calendar of the sessions where stakeholders can act")
public class SessionResource {

    static final String EXAMPLE = """
            {"body": "FIFTH_COMMITTEE", "title": "Fifth Committee second resumed session 2026",
             "kind": "FIFTH_COMMITTEE_RESUMED", "startsOn": "2026-05-04", "endsOn": "2026-05-29",
             "location": "United Nations Headquarters, New York", "tentative": true}""";
    private static final String ETAG = "The session's version, quoted; send it back in If-Match";
    private static final String IF_MATCH = "The ETag read before; refused with 412 if the session changed since. "
            + "Without it the write applies to whatever version is current.";

    private static final String OUTCOME_EXAMPLE = """
            {"outcome": "NO_SUBSTANTIVE_REPORT", "documentSymbol": null,
             "note": "The Committee adopted only its procedural report; no agreement on the substantive recommendations."}""";
    private static final String ADOPTED_EXAMPLE = """
            {"outcome": "REPORT_ADOPTED", "documentSymbol": "A/77/19", "note": null}""";
    private static final String NOT_STARTED = """
            {"type": "urn:a4p:problem:session-not-started", "title": "Session not started", "status": 409,
             "detail": "session 'c34-2027' starts on 2027-02-16: until then only POSTPONED can be recorded",
             "startsOn": "2027-02-16", "allowedOutcomes": ["POSTPONED"]}""";

    private final SessionService sessions;
    private final PublicLinks links;
    private final Caller caller;

    SessionResource(SessionService sessions, PublicLinks links, Caller caller) {
        this.sessions = sessions;
        this.links = links;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listSessions", summary = "List sessions, optionally of one body and within a date range",
            description = "Ordered by start date, then id. A session is listed when any of its days falls within [from, to].")
    @APIResponse(responseCode = "200", description = "The matching sessions")
    @APIResponse(responseCode = "400", description = "Unknown body, a date that is not an ISO date, or to before from")
    public List<SessionResponse> list(
            @Parameter(description = "Only sessions of this body (a stakeholder code, exact match)", example = "C34")
            @QueryParam("body") String body,
            @Parameter(description = "Only sessions ending on or after this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-01-01")
            @QueryParam("from") String from,
            @Parameter(description = "Only sessions starting on or before this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2025-12-31")
            @QueryParam("to") String to) {
        return sessions.list(QueryParams.optionalText("body", body, StakeholderService.CODE_LENGTH),
                        QueryParams.optionalDate("from", QueryParams.absentIfBlank(from)),
                        QueryParams.optionalDate("to", QueryParams.absentIfBlank(to)))
                .stream().map(ApiMapping::toResponse).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSession", summary = "Get one session")
    @APIResponse(responseCode = "200", description = "The session",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No session has this id")
    public Response get(@Parameter(description = "Session id", example = "c34-2025") @PathParam("id") String id) {
        return withETag(Response.ok(), sessions.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleSession", summary = "Schedule a session",
            description = "Publishes org.a4p.session.scheduled.v1 on stakeholder-events.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "fifthCommittee", summary = "A tentative Fifth Committee resumed session", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the new session", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "URL of the new session", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid session (unknown body, endsOn before startsOn, missing or too long field, unknown property, malformed JSON)")
    public Response schedule(@NotNull @Valid SessionRequest request) {
        Session session = sessions.schedule(ApiMapping.toSession(request));
        return withETag(Response.created(links.to("/sessions/" + session.id)), session);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSession", summary = "Replace a session (every field)",
            description = "Publishes org.a4p.session.changed.v1 when something changed; an identical replacement publishes nothing.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "fifthCommittee", summary = "Dates of a Fifth Committee resumed session", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The session as it is now",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid session or If-Match header; nothing was changed")
    @APIResponse(responseCode = "404", description = "No session has this id")
    public Response replace(@Parameter(description = "Session id", example = "c34-2027") @PathParam("id") String id,
                            @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                            @NotNull @Valid SessionRequest request) {
        return withETag(Response.ok(), sessions.replace(id, ETags.expectedVersion(ifMatch), ApiMapping.toSession(request)));
    }

    @PUT
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordSessionOutcome", summary = "Record how a session ended (replaces what was recorded)",
            description = "Publishes org.a4p.session.outcome-recorded.v1 and bumps the session's version when something "
                    + "changed; the same outcome, symbol and note again change nothing. REPORT_ADOPTED needs documentSymbol "
                    + "(a UN document symbol, checked for its shape); a session that has not started yet can only be POSTPONED (409). "
                    + "The briefing of the body's next session shows the outcome.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionOutcomeRequest.class), examples = {
            @ExampleObject(name = "noSubstantiveReport", summary = "The C-34 adopted no substantive report", value = OUTCOME_EXAMPLE),
            @ExampleObject(name = "reportAdopted", summary = "The report was adopted", value = ADOPTED_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The session as it is now, with its outcome",
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown outcome, missing or invalid documentSymbol, too long note, "
            + "invalid If-Match; nothing was changed")
    @APIResponse(responseCode = "404", description = "No session has this id")
    @APIResponse(responseCode = "409", description = "The session has not started yet: only POSTPONED can be recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notStarted", value = NOT_STARTED)))
    public Response recordOutcome(@Parameter(description = "Session id", example = "c34-2025") @PathParam("id") String id,
                                  @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                  @NotNull @Valid SessionOutcomeRequest request) {
        return withETag(Response.ok(), sessions.recordOutcome(id, ETags.expectedVersion(ifMatch),
                ApiMapping.toOutcome(request), caller.name()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelSession", summary = "Cancel (delete) a session",
            description = "Publishes org.a4p.session.cancelled.v1 with the session's last state.")
    @RolesAllowed(Roles.SECRETARIAT)
    @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = Roles.SECRETARIAT)
    @APIResponse(responseCode = "204", description = "Cancelled; the session is gone")
    @APIResponse(responseCode = "400", description = "Invalid If-Match header; nothing was changed")
    @APIResponse(responseCode = "404", description = "No session has this id")
    public void cancel(@Parameter(description = "Session id") @PathParam("id") String id,
                       @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        sessions.cancel(id, ETags.expectedVersion(ifMatch));
    }

    private static Response withETag(Response.ResponseBuilder builder, Session session) {
        return ETags.tagged(builder, session.version, ApiMapping.toResponse(session));
    }
}

package org.a4p.notifications.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.mapping.BriefingMarkdown;
import org.a4p.notifications.service.BriefingService;
import org.a4p.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/briefings")
@Tag(name = "Briefings", description = "What a body's category can act on ahead of its sessions")
public class BriefingResource {

    static final String MARKDOWN = "text/markdown";

    private final BriefingService briefings;

    BriefingResource(BriefingService briefings) {
        this.briefings = briefings;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN})
    @Operation(operationId = "getBriefing", summary = "The pre-session briefing for a session, on demand",
            description = "The same content as the briefing webhook: the session, the category that acts there, its "
                    + "recommendations with current status, and the transitions since the previous session of the body. "
                    + "JSON by default; Markdown with Accept: text/markdown.")
    @APIResponse(responseCode = "200", description = "The briefing", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Briefing.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "The session parameter is missing")
    @APIResponse(responseCode = "404", description = "No such session")
    public Response get(@Parameter(description = "Session id", required = true) @QueryParam("session") String session,
                        @Context HttpHeaders headers) {
        if (session == null || session.isBlank()) {
            throw ProblemException.badRequest("session", "is required");
        }
        if (session.length() > 200) {
            throw ProblemException.badRequest("session", "must be at most 200 characters");
        }
        Briefing briefing = briefings.onDemand(session);
        if (prefersMarkdown(headers)) {
            return Response.ok(BriefingMarkdown.render(briefing), MARKDOWN + ";charset=UTF-8").build();
        }
        return Response.ok(briefing, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Markdown only when the client ranks it above JSON (JSON is the default for * / *). */
    private static boolean prefersMarkdown(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) {
                return false;
            }
            if (t.getType().equals("text") && t.getSubtype().equals("markdown")) {
                return true;
            }
        }
        return false;
    }
}

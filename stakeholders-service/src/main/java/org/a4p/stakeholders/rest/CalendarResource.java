package org.a4p.stakeholders.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.http.Downloads;
import org.a4p.platform.http.QueryParams;
import org.a4p.stakeholders.mapping.ICalendarWriter;
import org.a4p.stakeholders.service.CalendarService;
import org.a4p.stakeholders.service.StakeholderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Its own path (not under /sessions/{id}) so calendar clients can subscribe to a URL ending in .ics. */
@Path("/sessions.ics")
@Tag(name = "Sessions")
public class CalendarResource {

    private final CalendarService calendar;

    CalendarResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Produces("text/calendar")
    @Operation(operationId = "sessionsCalendar", summary = "The sessions as an iCalendar (RFC 5545) feed",
            description = "One all-day VEVENT per session, UID '<id>@a4p-tracker', STATUS TENTATIVE while dates are unconfirmed. Subscribe to this URL in Outlook, Google Calendar or Thunderbird.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown body")
    public Response get(@Parameter(description = "Only sessions of this body (a stakeholder code)", example = "C34")
                        @QueryParam("body") String body) {
        String code = QueryParams.optionalText("body", body, StakeholderService.CODE_LENGTH);
        return Downloads.inline(calendar.calendar(code), ICalendarWriter.MEDIA_TYPE,
                "a4p-sessions" + (code == null ? "" : "-" + code) + ".ics");
    }
}

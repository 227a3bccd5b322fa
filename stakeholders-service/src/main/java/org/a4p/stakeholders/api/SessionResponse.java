package org.a4p.stakeholders.api;

import org.a4p.stakeholders.model.SessionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Session", description = "A meeting of a body where its members can act on the recommendations")
public record SessionResponse(
        @Schema(description = "Readable for seeded sessions, a UUID for created ones", examples = "c34-2025") String id,
        @Schema(description = "Stakeholder code of the body that meets", examples = "C34") String body,
        @Schema(examples = "C-34 substantive session 2025") String title,
        SessionKind kind,
        @Schema(description = "First day (inclusive)", examples = "2025-02-18") LocalDate startsOn,
        @Schema(description = "Last day (inclusive)", examples = "2025-03-14") LocalDate endsOn,
        @Schema(examples = "United Nations Headquarters, New York") String location,
        @Schema(description = "True while the dates are not yet confirmed") boolean tentative,
        @Schema(nullable = true, description = "How the session ended; null until the secretariat records it "
                + "(PUT /sessions/{id}/outcome)") SessionOutcomeView outcome,
        @Schema(description = "Bumped by every change; also the ETag. Send it back in If-Match.", examples = "3") long version) {
}

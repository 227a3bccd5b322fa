package org.a4p.stakeholders.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.stakeholders.model.SessionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A session to schedule or the full new state of one (PUT replaces every field). */
@Schema(name = "SessionRequest", description = "A session to schedule, or the full new state of one")
public record SessionRequest(
        @Schema(description = "Stakeholder code of the body that meets (GET /stakeholders)", examples = "FIFTH_COMMITTEE",
                required = true)
        @NotBlank String body,
        @Schema(examples = "Fifth Committee second resumed session 2026", required = true, maxLength = 200)
        @NotBlank @Size(max = 200) String title,
        @Schema(required = true) @NotNull SessionKind kind,
        @Schema(description = "First day (inclusive)", examples = "2026-05-04", required = true)
        @NotNull LocalDate startsOn,
        @Schema(description = "Last day (inclusive); not before startsOn", examples = "2026-05-29", required = true)
        @NotNull LocalDate endsOn,
        @Schema(examples = "United Nations Headquarters, New York", maxLength = 200)
        @Size(max = 200) String location,
        @Schema(description = "True while the dates are not yet confirmed; false when omitted", defaultValue = "false")
        Boolean tentative) {
}

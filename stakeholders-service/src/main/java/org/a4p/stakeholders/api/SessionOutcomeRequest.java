package org.a4p.stakeholders.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.SessionOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a session ended (PUT /sessions/{id}/outcome replaces whatever was recorded before). */
@Schema(name = "SessionOutcomeRequest", description = "How a session ended, as the secretariat records it")
public record SessionOutcomeRequest(
        @Schema(required = true, description = "REPORT_ADOPTED: the body adopted its report (documentSymbol required); "
                + "NO_SUBSTANTIVE_REPORT: it ended without a substantive report; SUSPENDED; POSTPONED (the only outcome "
                + "a session that has not started yet can have)")
        @NotNull SessionOutcome outcome,
        @Schema(description = "UN document symbol of the report (required for REPORT_ADOPTED; for the others e.g. a "
                + "procedural report or the decision to postpone)", examples = "A/79/19", maxLength = 100, nullable = true)
        @Size(max = 100) String documentSymbol,
        @Schema(description = "Plain text for the briefings", maxLength = 2000, nullable = true,
                examples = "Adopted without a vote after the informal consultations ran over.")
        @Size(max = 2000) String note) {
}

package org.a4p.stakeholders.api;

import org.a4p.events.SessionOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "RecordedSessionOutcome", description = "How a session ended, as the secretariat recorded it",
        requiredProperties = {"outcome", "documentSymbol", "note", "recordedBy", "recordedAt"})
public record SessionOutcomeView(
        SessionOutcome outcome,
        @Schema(nullable = true, description = "UN document symbol of the report; always set for REPORT_ADOPTED",
                examples = "A/79/19") String documentSymbol,
        @Schema(nullable = true) String note,
        @Schema(description = "Who recorded it (the token's user)", examples = "secretariat-officer") String recordedBy,
        @Schema(description = "When it was recorded (UTC)") OffsetDateTime recordedAt) {
}

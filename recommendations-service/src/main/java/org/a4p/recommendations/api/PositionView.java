package org.a4p.recommendations.api;

import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Position", description = "One addressee's own acceptance and implementation of a recommendation")
public record PositionView(
        @Schema(description = "The addressee: a stakeholder category or a body's code", examples = "SECRETARIAT") String stakeholder,
        PositionAcceptance acceptance,
        @Schema(description = "Anything but NOT_STARTED only when acceptance is ACCEPTED or PARTIALLY_ACCEPTED")
        PositionImplementation implementation,
        @Schema(nullable = true, examples = "Endorsed in the C-34 report") String note,
        @Schema(description = "References to the evidence; empty when none") List<Evidence> evidence,
        @Schema(description = "When it was last set (UTC)") OffsetDateTime updatedAt,
        @Schema(description = "Who last set it ('seed' for the report's initial positions)", examples = "secretariat-editor") String updatedBy,
        @Schema(description = "Bumped by every change; also the position's ETag. Send it back in If-Match.", examples = "1") long version) {
}

package org.a4p.recommendations.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PositionInput", description = "An addressee's position as the Secretariat records it")
public record PositionInput(
        @Schema(required = true) @NotNull PositionAcceptance acceptance,
        @Schema(required = true, description = "Anything but NOT_STARTED only when acceptance is ACCEPTED or PARTIALLY_ACCEPTED (else 422)")
        @NotNull PositionImplementation implementation,
        @Schema(description = "Why, for the history and the notifications", maxLength = 2000, nullable = true)
        @Size(max = 2000) String note,
        @Schema(description = "References to the evidence (at most 20)", maxItems = 20, nullable = true)
        @Size(max = 20) List<@Valid @NotNull Evidence> evidence) {
}

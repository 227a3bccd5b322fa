package org.a4p.stakeholders.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.StakeholderCategory;
import org.a4p.stakeholders.model.StakeholderKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full state of a stakeholder (PUT replaces every field; the code is in the path). */
@Schema(name = "StakeholderRequest", description = "The full state of a stakeholder; the code is in the path")
public record StakeholderRequest(
        @Schema(examples = "Economic Community of West African States", required = true, maxLength = 200)
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull StakeholderKind kind,
        @Schema(description = "One of the five stakeholder categories of the Challenges Forum 2018 report", required = true)
        @NotNull StakeholderCategory category,
        @Schema(examples = "Regional partner in West Africa; it acts through decisions of its member states.",
                required = true, maxLength = 500)
        @NotBlank @Size(max = 500) String description,
        @Schema(description = "True for a field mission whose mandate has ended; false when omitted", defaultValue = "false")
        Boolean closed) {
}

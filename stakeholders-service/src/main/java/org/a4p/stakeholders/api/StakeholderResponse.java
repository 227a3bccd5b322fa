package org.a4p.stakeholders.api;

import org.a4p.events.StakeholderCategory;
import org.a4p.stakeholders.model.StakeholderKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stakeholder", description = "A stakeholder category, a body that acts for one, or a field mission")
public record StakeholderResponse(
        @Schema(description = "Stable code; recommendations and sessions refer to it", examples = "C34") String code,
        @Schema(examples = "Special Committee on Peacekeeping Operations (C-34)") String name,
        StakeholderKind kind,
        @Schema(description = "The report category it acts for (one of the five stakeholder categories of the Challenges Forum 2018 report); a category's category is itself", examples = "MEMBER_STATES")
        StakeholderCategory category,
        @Schema(description = "One line on what it is and how it acts") String description,
        @Schema(description = "True for a mission whose mandate has ended") boolean closed) {
}

package org.a4p.recommendations.api;

import org.a4p.events.A4pPlusPriority;
import org.a4p.events.A4pPlusPriorityKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FrameworkPriority", description = "An A4P+ priority or cross-cutting theme: the code a recommendation's "
        + "priorities and the priority filter use, and its name")
public record FrameworkPriorityView(
        @Schema(required = true) A4pPlusPriority code,
        @Schema(required = true, examples = "Strategic communications") String name,
        @Schema(required = true) A4pPlusPriorityKind kind) {
}

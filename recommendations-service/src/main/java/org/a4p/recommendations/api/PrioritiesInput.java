package org.a4p.recommendations.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.A4pPlusPriority;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Codes as strings, checked by PriorityService: an unknown code is a problem that names it, not a position in a list. */
@Schema(name = "PrioritiesInput", description = "The whole set of A4P+ priorities and cross-cutting themes a recommendation "
        + "serves, replacing the one it had")
public record PrioritiesInput(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = A4pPlusPriority.class, maxItems = 50,
                description = "A4P+ codes (priorities and cross-cutting themes; see GET /frameworks/A4P_PLUS_2021), in any order; "
                        + "a code given twice counts once; [] removes them all")
        @NotNull @Size(max = 50) List<String> priorities) {
}

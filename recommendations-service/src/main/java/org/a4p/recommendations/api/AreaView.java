package org.a4p.recommendations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Area", description = "An Area of Commitment of the report")
public record AreaView(
        @Schema(examples = "WOMEN_PEACE_AND_SECURITY") String code,
        @Schema(description = "Name exactly as in the report", examples = "Women, Peace and Security") String name) {
}

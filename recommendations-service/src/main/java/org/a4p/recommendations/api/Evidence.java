package org.a4p.recommendations.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvidenceReference", description = "A reference to evidence: a UN document by its symbol (and paragraph), "
        + "and/or an http(s) URL; at least one of symbol and url")
public record Evidence(
        @Schema(description = "A UN document symbol: series and components separated by '/', e.g. A/77/19, "
                + "S/RES/2436 (2018), A/RES/72/262 C, S/PRST/2018/10, A/C.4/73/L.2", maxLength = 100, nullable = true,
                examples = "A/77/19") @Size(max = 100) String symbol,
        @Schema(description = "The paragraph(s) of the document", maxLength = 50, nullable = true, examples = "12")
        @Size(max = 50) String paragraph,
        @Schema(description = "Absolute http(s) URL", maxLength = 2000, nullable = true, examples = "https://undocs.org/en/A/77/19")
        @Size(max = 2000) String url,
        @Schema(description = "A human-readable title", maxLength = 500, nullable = true,
                examples = "Report of the Special Committee on Peacekeeping Operations, 2023 substantive session")
        @Size(max = 500) String title) {
}

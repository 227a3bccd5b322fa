package org.a4p.recommendations.api;

import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "Progress", description = "A summary of the recommendation's positions: how many there are, and how many "
        + "have each acceptance and each implementation value (every value is listed, 0 included)")
public record Progress(
        @Schema(description = "How many addressees have a position", examples = "2") int positions,
        @Schema(description = "Positions per acceptance value", examples = "{\"PENDING\": 1, \"ACCEPTED\": 1, \"PARTIALLY_ACCEPTED\": 0, \"NOT_ACCEPTED\": 0, \"NOT_RELEVANT\": 0}")
        Map<PositionAcceptance, Integer> acceptance,
        @Schema(description = "Positions per implementation value", examples = "{\"NOT_STARTED\": 1, \"IN_PROGRESS\": 1, \"STALLED\": 0, \"IMPLEMENTED\": 0}")
        Map<PositionImplementation, Integer> implementation) {
}

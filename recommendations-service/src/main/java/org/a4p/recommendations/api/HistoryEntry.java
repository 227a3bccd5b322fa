package org.a4p.recommendations.api;

import org.a4p.events.A4pPlusPriority;
import org.a4p.events.HistoryEntryKind;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "HistoryEntry", description = "One change of a recommendation: of its status (kind STATUS: from, to) or of "
        + "one addressee's position (kind POSITION: stakeholder, change, acceptance, implementation and what they were before) or of "
        + "its A4P+ priorities (kind PRIORITIES: priorities and previousPriorities, whole sets)")
public record HistoryEntry(
        HistoryEntryKind kind,
        @Schema(nullable = true, description = "STATUS: the status before") RecommendationStatus from,
        @Schema(nullable = true, description = "STATUS: the status after") RecommendationStatus to,
        @Schema(description = "When it changed (UTC)") OffsetDateTime at,
        @Schema(description = "Who changed it", examples = "delegation-of-sweden") String by,
        @Schema(nullable = true) String note,
        @Schema(nullable = true, examples = "https://undocs.org/en/A/73/19") String evidenceUrl,
        @Schema(description = "References to the evidence; empty when none") List<Evidence> evidence,
        @Schema(nullable = true, description = "POSITION: the addressee", examples = "SECRETARIAT") String stakeholder,
        @Schema(nullable = true, description = "POSITION: set (added or changed) or removed") PositionChangeKind change,
        @Schema(nullable = true, description = "POSITION: the acceptance after (for REMOVED: when removed)") PositionAcceptance acceptance,
        @Schema(nullable = true, description = "POSITION: the implementation after (for REMOVED: when removed)") PositionImplementation implementation,
        @Schema(nullable = true, description = "POSITION: the acceptance before; null when the position was added") PositionAcceptance previousAcceptance,
        @Schema(nullable = true, description = "POSITION: the implementation before; null when the position was added") PositionImplementation previousImplementation,
        @Schema(nullable = true, description = "PRIORITIES: the A4P+ priorities after, in canonical order (empty: all removed)")
        List<A4pPlusPriority> priorities,
        @Schema(nullable = true, description = "PRIORITIES: the A4P+ priorities before, in canonical order")
        List<A4pPlusPriority> previousPriorities) {
}

package org.a4p.dashboard.model;

import java.time.OffsetDateTime;

/** How a session ended, as last recorded. */
public record SessionOutcome(String id, String outcome, String documentSymbol, String note, OffsetDateTime recordedAt) {
}

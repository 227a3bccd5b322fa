package org.a4p.notifications.model;

import java.time.OffsetDateTime;

/** How a session ended, as the last outcome-recorded event we applied said. */
public record RecordedOutcome(String sessionId, String body, String outcome, String documentSymbol, String note,
                             String recordedBy, OffsetDateTime recordedAt, long version) {
}

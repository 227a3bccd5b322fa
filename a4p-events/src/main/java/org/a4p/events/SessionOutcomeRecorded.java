package org.a4p.events;

import java.time.OffsetDateTime;

/**
 * {@code org.a4p.session.outcome-recorded.v1}: the secretariat recorded (or corrected) how a session ended.
 * {@code documentSymbol} is the UN symbol of the adopted report (e.g. {@code A/77/19}), null when there is none;
 * {@code version} is the session's version after the change, so a consumer can ignore anything older than it holds.
 */
public record SessionOutcomeRecorded(
        String id,
        String body,
        String outcome,
        String documentSymbol,
        String note,
        String recordedBy,
        OffsetDateTime recordedAt,
        long version) {
}

package org.a4p.events;

import java.time.OffsetDateTime;

/**
 * {@code org.a4p.recommendation.status-changed.v1}: one transition of the status lifecycle.
 * {@code version} is the recommendation's version after the change; a consumer that keeps a read
 * model can ignore anything older than what it already holds.
 */
public record RecommendationStatusChanged(
        int number,
        String previousStatus,
        String newStatus,
        String note,
        String evidenceUrl,
        String changedBy,
        OffsetDateTime changedAt,
        long version) {
}

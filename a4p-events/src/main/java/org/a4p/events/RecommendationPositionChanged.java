package org.a4p.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code org.a4p.recommendation.position-changed.v1}: one addressee's position on a recommendation was set or
 * removed. {@code acceptance}/{@code implementation} are the position after the change (for {@code REMOVED}, as it
 * was when removed); the {@code previous*} values are null when the position did not exist before.
 * {@code version} is the recommendation's version after the change (a position change bumps it), so a consumer
 * can ignore anything older than what it holds; {@code positionVersion} is the position's own (its ETag).
 */
public record RecommendationPositionChanged(
        int number,
        String stakeholder,
        String change,
        String acceptance,
        String implementation,
        String previousAcceptance,
        String previousImplementation,
        String note,
        List<EvidenceReference> evidence,
        String changedBy,
        OffsetDateTime changedAt,
        long positionVersion,
        long version) {
}

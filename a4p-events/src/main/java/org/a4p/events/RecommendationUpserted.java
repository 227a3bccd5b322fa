package org.a4p.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code org.a4p.recommendation.upserted.v1}: the full current state of one recommendation, sent on
 * create and edit, and as a snapshot of every recommendation when the service first starts.
 */
public record RecommendationUpserted(
        int number,
        String area,
        String areaName,
        String text,
        String stakeholderAction,
        List<String> stakeholders,
        int a4pParagraph,
        String context,
        String status,
        OffsetDateTime statusChangedAt,
        long version) {
}

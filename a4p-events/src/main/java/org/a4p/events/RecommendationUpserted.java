package org.a4p.events;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code org.a4p.recommendation.upserted.v1}: the full current state of one recommendation, sent on
 * create and edit, on a change of its A4P+ {@code priorities}, and as a snapshot of every recommendation when the
 * service first starts. {@code priorities} came later within v1: an event written before it reads as none.
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
        long version,
        List<String> priorities) {

    @JsonCreator
    public RecommendationUpserted {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    /** A recommendation without A4P+ priorities (the state before priorities existed, and the tests' events). */
    public RecommendationUpserted(int number, String area, String areaName, String text, String stakeholderAction,
                                  List<String> stakeholders, int a4pParagraph, String context, String status,
                                  OffsetDateTime statusChangedAt, long version) {
        this(number, area, areaName, text, stakeholderAction, stakeholders, a4pParagraph, context, status, statusChangedAt,
                version, List.of());
    }
}

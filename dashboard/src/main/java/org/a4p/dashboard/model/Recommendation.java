package org.a4p.dashboard.model;

import java.time.OffsetDateTime;
import java.util.List;

/** A recommendation as the read model holds it (kept from recommendation-events). */
public record Recommendation(int number, String area, String areaName, String text, String stakeholderAction,
                             List<String> stakeholders, Integer a4pParagraph, String context, String status,
                             OffsetDateTime statusChangedAt, long version) {
}

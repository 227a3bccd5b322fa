package org.a4p.notifications.model;

import java.util.List;

/** A recommendation as the read model holds it (kept from recommendation-events). */
public record Recommendation(int number, String area, String text, List<String> stakeholders, String status,
                             long version) {
}

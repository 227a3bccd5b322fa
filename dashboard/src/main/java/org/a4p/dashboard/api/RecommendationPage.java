package org.a4p.dashboard.api;

import java.util.List;

/**
 * {@code /recommendations/{number}}: the report's texts, the current status, each addressee's position and the
 * timeline of its history (status and position changes).
 */
public record RecommendationPage(Frame frame, int number, String text, String stakeholderAction, String context,
                                 Link area, Integer paragraph, List<Link> stakeholders, String status,
                                 String statusLabel, String statusSince, List<PositionRow> positions,
                                 List<TimelineEntry> timeline) {
}

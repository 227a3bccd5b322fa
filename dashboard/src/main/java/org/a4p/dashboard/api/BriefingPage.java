package org.a4p.dashboard.api;

import java.util.List;

/**
 * {@code /briefings/{session}}: a printable page on one session, the recommendations addressed to its body (through
 * its category) and what changed since the previous session of the same body.
 *
 * @param since the localised start of the previous session, or null when there was none (then: every change)
 */
public record BriefingPage(Frame frame, SessionRow session, List<ListPage.Row> recommendations, String since,
                           List<TimelineEntry> changes) {
}

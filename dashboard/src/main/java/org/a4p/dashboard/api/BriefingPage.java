package org.a4p.dashboard.api;

import java.util.List;

/**
 * {@code /briefings/{session}}: a printable page on one session, the recommendations addressed to its body (through
 * its category) and what changed since the previous session of the same body.
 *
 * @param previous the previous session of the same body, with how it ended, or null when there was none
 * @param since    the localised start of the previous session, or null when there was none (then: every change)
 */
public record BriefingPage(Frame frame, SessionRow session, SessionRow previous, List<ListPage.Row> recommendations,
                           String since, List<TimelineEntry> changes) {
}

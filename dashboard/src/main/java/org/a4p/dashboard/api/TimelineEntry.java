package org.a4p.dashboard.api;

import java.util.List;

/**
 * One status or position change as a line of a timeline.
 *
 * @param recommendation the recommendation's link (in a briefing, where changes of several are listed), else null
 * @param subject        whose position changed (a position change), else null (a status change)
 * @param from           the state before, or null when there was none
 */
public record TimelineEntry(Link recommendation, String date, Link subject, String from, String to, String by, String note,
                            List<EvidenceLink> evidence) {
}

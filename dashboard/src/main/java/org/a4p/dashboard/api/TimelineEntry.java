package org.a4p.dashboard.api;

/**
 * One status change as a line of a timeline.
 *
 * @param recommendation the recommendation's link (in a briefing, where changes of several are listed), else null
 * @param evidenceHref   the evidence URL when it is http(s), else null (then {@code evidenceText} shows it as text)
 */
public record TimelineEntry(Link recommendation, String date, String from, String to, String by, String note,
                            String evidenceHref, String evidenceText) {
}

package org.a4p.dashboard.api;

import java.util.List;

/** {@code /sessions}: the next session, the calendar, the bodies as filters and the iCalendar subscription link. */
public record SessionsPage(Frame frame, SessionRow next, List<SessionRow> upcoming, List<SessionRow> past,
                           List<Link> bodies, String icsHref) {
}

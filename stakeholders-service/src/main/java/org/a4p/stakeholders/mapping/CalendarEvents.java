package org.a4p.stakeholders.mapping;

import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.model.Stakeholder;

import java.util.List;

/** A session as an all-day calendar event, described by the body that meets. */
public final class CalendarEvents {

    /** The UID must never change for a session, or clients would show it twice: it is the id plus a fixed domain. */
    public static final String UID_DOMAIN = "@a4p-tracker";

    private CalendarEvents() {
    }

    public static ICalendarWriter.Event of(Session s, Stakeholder body) {
        String description = body.name + " - " + s.kind.label()
                + (s.tentative ? " (dates not yet confirmed)" : "");
        List<String> categories = body.code.equals(body.category.name())
                ? List.of(body.code) : List.of(body.code, body.category.name());
        return new ICalendarWriter.Event(s.id + UID_DOMAIN, s.startsOn, s.endsOn, s.title, s.location,
                description, s.tentative, categories);
    }
}

package org.a4p.stakeholders.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.stakeholders.config.CalendarConfig;
import org.a4p.stakeholders.mapping.ICalendarWriter;
import org.a4p.stakeholders.repository.Session;
import org.a4p.stakeholders.repository.Stakeholder;
import org.a4p.stakeholders.repository.StakeholderRepository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sessions calendar as an iCalendar feed for Outlook, Google Calendar, Thunderbird subscriptions. */
@ApplicationScoped
public class CalendarService {

    /** The UID must never change for a session, or clients would show it twice: it is the id plus a fixed domain. */
    public static final String UID_DOMAIN = "@a4p-tracker";

    private final SessionService sessions;
    private final StakeholderRepository stakeholders;
    private final CalendarConfig config;
    private final Clock clock;

    CalendarService(SessionService sessions, StakeholderRepository stakeholders, CalendarConfig config, Clock clock) {
        this.sessions = sessions;
        this.stakeholders = stakeholders;
        this.config = config;
        this.clock = clock;
    }

    /** @param body only the sessions of this body, or all when null */
    public String calendar(String body) {
        List<Session> list = sessions.list(body, null, null);
        Map<String, Stakeholder> bodies = stakeholders.listAll().stream()
                .collect(Collectors.toMap(s -> s.code, Function.identity()));
        List<ICalendarWriter.Event> events = list.stream().map(s -> event(s, bodies.get(s.body))).toList();
        String name = body == null ? config.name() : config.name() + " (" + bodies.get(body).name + ")";
        ICalendarWriter.Organizer organizer = new ICalendarWriter.Organizer(config.organizer().name(), config.organizer().email());
        return ICalendarWriter.write(name, organizer, clock.instant(), config.refreshInterval(), events);
    }

    private static ICalendarWriter.Event event(Session s, Stakeholder body) {
        String description = body.name + " - " + s.kind.label()
                + (s.tentative ? " (dates not yet confirmed)" : "");
        List<String> categories = body.code.equals(body.category.name())
                ? List.of(body.code) : List.of(body.code, body.category.name());
        return new ICalendarWriter.Event(s.id + UID_DOMAIN, s.startsOn, s.endsOn, s.title, s.location,
                description, s.tentative, categories);
    }
}

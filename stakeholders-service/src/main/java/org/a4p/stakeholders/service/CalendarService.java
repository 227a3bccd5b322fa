package org.a4p.stakeholders.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.stakeholders.config.CalendarConfig;
import org.a4p.stakeholders.mapping.CalendarEvents;
import org.a4p.stakeholders.mapping.ICalendarWriter;
import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.model.Stakeholder;
import org.a4p.stakeholders.repository.StakeholderRepository;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sessions calendar as an iCalendar feed for Outlook, Google Calendar, Thunderbird subscriptions. */
@ApplicationScoped
public class CalendarService {

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
        List<ICalendarWriter.Event> events = list.stream().map(s -> CalendarEvents.of(s, bodies.get(s.body))).toList();
        String name = body == null ? config.name() : config.name() + " (" + bodies.get(body).name + ")";
        ICalendarWriter.Organizer organizer = new ICalendarWriter.Organizer(config.organizer().name(), config.organizer().email());
        return ICalendarWriter.write(name, organizer, clock.instant(), config.refreshInterval(), events);
    }
}

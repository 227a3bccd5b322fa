package org.a4p.stakeholders.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The iCalendar feed ({@code GET /sessions.ics}). */
@ConfigMapping(prefix = "a4p.calendar")
public interface CalendarConfig {

    /** The name calendar clients show for a subscription (X-WR-CALNAME). */
    @WithDefault("A4P Tracker - peacekeeping sessions")
    String name();

    /** How often subscribed clients should fetch the feed again; session dates change rarely. */
    @WithDefault("PT12H")
    Duration refreshInterval();

    /** The ORGANIZER of every event (RFC 5546 PUBLISH requires one): the operator's contact. */
    Organizer organizer();

    interface Organizer {
        @WithDefault("A4P Tracker")
        String name();

        @WithDefault("a4p-tracker@example.org")
        String email();
    }
}

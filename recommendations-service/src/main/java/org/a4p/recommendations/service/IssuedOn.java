package org.a4p.recommendations.service;

import org.a4p.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A recommendation's issuance day, as a create or an edit sets it. */
final class IssuedOn {

    /** The UN Charter came into force on 24 October 1945: nothing a UN forum recommends is older. */
    static final LocalDate EARLIEST = LocalDate.of(1945, 10, 24);

    private IssuedOn() {
    }

    /**
     * The day given, else the one stored, else today (UTC, by the service's clock: a test standing months back creates
     * a recommendation issued then). A day after today would make "outstanding" count from the future: a 400 problem.
     */
    static LocalDate of(LocalDate given, LocalDate stored, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (given == null) {
            return stored != null ? stored : today;
        }
        if (given.isAfter(today) || given.isBefore(EARLIEST)) {
            throw ProblemException.badRequest("issuedOn", "must be a day from " + EARLIEST + " to today (" + today + ")");
        }
        return given;
    }
}

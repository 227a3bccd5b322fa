package org.a4p.stakeholders.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionOutcome;
import org.a4p.platform.problem.ProblemException;
import org.a4p.platform.validation.UnDocumentSymbol;
import org.a4p.stakeholders.mapping.EventData;
import org.a4p.stakeholders.model.RecordedOutcome;
import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.repository.SessionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sessions calendar. Every change and its event are written in one transaction (outbox), so a
 * refused request changes nothing and announces nothing.
 */
@ApplicationScoped
public class SessionService {

    /** Calendar dates must be writable as RFC 5545 DATE values (4-digit years); anything far out is a typo. */
    private static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /**
     * A filter may reach further than a session can (from=1900-01-01 just means "all"), but only as far as ISO dates
     * with 4-digit years: beyond that the database cannot compare it, and no client means it.
     */
    private static final LocalDate FIRST_FILTER_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_FILTER_DAY = LocalDate.of(9999, 12, 31);

    private final SessionRepository sessions;
    private final StakeholderService stakeholders;
    private final StakeholderEvents events;
    private final Clock clock;

    SessionService(SessionRepository sessions, StakeholderService stakeholders, StakeholderEvents events, Clock clock) {
        this.sessions = sessions;
        this.stakeholders = stakeholders;
        this.events = events;
        this.clock = clock;
    }

    public List<Session> list(String body, LocalDate from, LocalDate to) {
        if (body != null) {
            stakeholders.requireKnown(body, "body");
        }
        requireFilterDay("from", from);
        requireFilterDay("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from (" + from + ")");
        }
        return sessions.search(body, from, to);
    }

    public Session get(String id) {
        return sessions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no session with id '" + id + "'"));
    }

    @Transactional
    public Session schedule(Session draft) {
        validate(draft);
        draft.id = UUID.randomUUID().toString();
        sessions.persist(draft);
        events.session(EventTypes.SESSION_SCHEDULED, draft);
        return draft;
    }

    /**
     * Replaces every field; a replacement identical to the current state is not a change and emits nothing.
     *
     * @param expectedVersion the version the client read (If-Match), or null when any will do
     */
    @Transactional
    public Session replace(String id, Long expectedVersion, Session draft) {
        Session session = getForUpdate(id, expectedVersion);
        validate(draft);
        draft.id = id;
        if (EventData.session(draft).equals(EventData.session(session))) {
            return session;
        }
        session.body = draft.body;
        session.title = draft.title;
        session.kind = draft.kind;
        session.startsOn = draft.startsOn;
        session.endsOn = draft.endsOn;
        session.location = draft.location;
        session.tentative = draft.tentative;
        events.session(EventTypes.SESSION_CHANGED, session);
        return session;
    }

    /**
     * Records how the session ended, replacing what was recorded before. Rules: an adopted report names its symbol; a
     * symbol, when given, is a UN document symbol; a session that has not started yet (by the clock, UTC) can only have
     * been POSTPONED. The same outcome, symbol and note again is no change: no new version, no event.
     *
     * @param expectedVersion the version the client read (If-Match), or null when any will do
     */
    @Transactional
    public Session recordOutcome(String id, Long expectedVersion, RecordedOutcome draft, String recordedBy) {
        if (draft.outcome == SessionOutcome.REPORT_ADOPTED && draft.documentSymbol == null) {
            throw ProblemException.badRequest("documentSymbol", "is required when the outcome is REPORT_ADOPTED: the symbol "
                    + "of the adopted report, e.g. A/79/19");
        }
        if (draft.documentSymbol != null && !UnDocumentSymbol.isValid(draft.documentSymbol)) {
            throw ProblemException.badRequest("documentSymbol", "must be a UN document symbol such as A/79/19 or "
                    + "A/C.4/73/L.2");
        }
        Session session = getForUpdate(id, expectedVersion);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (draft.outcome != SessionOutcome.POSTPONED && session.startsOn.isAfter(today)) {
            throw ProblemException.conflict("session-not-started", "Session not started",
                    "session '" + id + "' starts on " + session.startsOn + ": until then only POSTPONED can be recorded",
                    Map.of("startsOn", session.startsOn.toString(), "allowedOutcomes", List.of(SessionOutcome.POSTPONED.name())));
        }
        if (draft.sameAs(session.outcome)) {
            return session;
        }
        draft.recordedBy = recordedBy;
        draft.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        session.outcome = draft;
        // the event carries the version this change gives the session, which only the flush assigns
        sessions.flush();
        events.outcomeRecorded(session);
        return session;
    }

    /** Deletes the session; the cancelled event carries its last state so consumers can say what was cancelled. */
    @Transactional
    public void cancel(String id, Long expectedVersion) {
        Session session = getForUpdate(id, expectedVersion);
        sessions.delete(session);
        events.session(EventTypes.SESSION_CANCELLED, session);
    }

    /**
     * Concurrent writes to one session are serialized, so the no-change check and the If-Match comparison see the
     * latest committed state, and events are written in the order the changes commit.
     */
    private Session getForUpdate(String id, Long expectedVersion) {
        Session session = sessions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("no session with id '" + id + "'"));
        if (expectedVersion != null && expectedVersion != session.version) {
            throw ProblemException.preconditionFailed("session '" + id + "' is at version " + session.version
                    + ", not " + expectedVersion + "; read it again and retry");
        }
        return session;
    }

    private static void requireFilterDay(String name, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_FILTER_DAY) || day.isAfter(LAST_FILTER_DAY))) {
            throw ProblemException.badRequest(name, "must be a date from " + FIRST_FILTER_DAY + " to " + LAST_FILTER_DAY);
        }
    }

    /** The rules Bean Validation cannot express on the request alone. */
    private void validate(Session draft) {
        stakeholders.requireKnown(draft.body, "body");
        if (draft.startsOn.isBefore(EARLIEST) || draft.startsOn.isAfter(LATEST)) {
            throw ProblemException.badRequest("startsOn", "must be between " + EARLIEST + " and " + LATEST);
        }
        if (draft.endsOn.isAfter(LATEST)) {
            throw ProblemException.badRequest("endsOn", "must not be after " + LATEST);
        }
        if (draft.endsOn.isBefore(draft.startsOn)) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn (" + draft.startsOn + ")");
        }
    }
}

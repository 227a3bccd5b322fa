package org.a4p.stakeholders.mapping;

import org.a4p.stakeholders.api.SessionOutcomeRequest;
import org.a4p.stakeholders.api.SessionOutcomeView;
import org.a4p.stakeholders.api.SessionRequest;
import org.a4p.stakeholders.api.SessionResponse;
import org.a4p.stakeholders.api.StakeholderRequest;
import org.a4p.stakeholders.api.StakeholderResponse;
import org.a4p.stakeholders.model.RecordedOutcome;
import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.model.Stakeholder;

/**
 * Request bodies to unsaved entities and entities to response bodies. Text is stripped on the way in, so
 * an edit that only adds spaces is no change (and publishes no event).
 */
public final class ApiMapping {

    private ApiMapping() {
    }

    public static Session toSession(SessionRequest r) {
        Session s = new Session();
        s.body = r.body();
        s.title = r.title().strip();
        s.kind = r.kind();
        s.startsOn = r.startsOn();
        s.endsOn = r.endsOn();
        s.location = r.location() == null || r.location().isBlank() ? null : r.location().strip();
        s.tentative = Boolean.TRUE.equals(r.tentative());
        return s;
    }

    public static SessionResponse toResponse(Session s) {
        return new SessionResponse(s.id, s.body, s.title, s.kind, s.startsOn, s.endsOn, s.location, s.tentative,
                toView(s.outcome), s.version);
    }

    private static SessionOutcomeView toView(RecordedOutcome o) {
        return o == null || o.outcome == null ? null
                : new SessionOutcomeView(o.outcome, o.documentSymbol, o.note, o.recordedBy, o.recordedAt);
    }

    /** Blank symbol and note are none; the recorder and time are the service's to fill. */
    public static RecordedOutcome toOutcome(SessionOutcomeRequest r) {
        RecordedOutcome o = new RecordedOutcome();
        o.outcome = r.outcome();
        o.documentSymbol = blankToNull(r.documentSymbol());
        o.note = blankToNull(r.note());
        return o;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static Stakeholder toStakeholder(String code, StakeholderRequest r) {
        Stakeholder s = new Stakeholder();
        s.code = code;
        s.name = r.name().strip();
        s.kind = r.kind();
        s.category = r.category();
        s.description = r.description().strip();
        s.closed = Boolean.TRUE.equals(r.closed());
        return s;
    }

    public static StakeholderResponse toResponse(Stakeholder s) {
        return new StakeholderResponse(s.code, s.name, s.kind, s.category, s.description, s.closed);
    }
}

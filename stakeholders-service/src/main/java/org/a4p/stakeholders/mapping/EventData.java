package org.a4p.stakeholders.mapping;

import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.model.Stakeholder;

/** Entity to event payload; the payload records are the contract other services read. */
public final class EventData {

    private EventData() {
    }

    public static StakeholderUpserted stakeholder(Stakeholder s) {
        return new StakeholderUpserted(s.code, s.name, s.kind.name(), s.category.name(), s.description, s.closed);
    }

    public static SessionEvent session(Session s) {
        return new SessionEvent(s.id, s.body, s.title, s.kind.name(), s.startsOn, s.endsOn, s.location, s.tentative);
    }

    public static SessionOutcomeRecorded outcome(Session s) {
        return new SessionOutcomeRecorded(s.id, s.body, s.outcome.outcome.name(), s.outcome.documentSymbol, s.outcome.note,
                s.outcome.recordedBy, s.outcome.recordedAt, s.version);
    }
}

package org.a4p.stakeholders.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.platform.outbox.Outbox;
import org.a4p.stakeholders.mapping.EventData;
import org.a4p.stakeholders.model.Session;
import org.a4p.stakeholders.model.Stakeholder;

/**
 * The events of this service, written to the outbox in the caller's transaction. Keys are the
 * aggregate ids, so all events of one stakeholder or session stay in order on one partition.
 */
@ApplicationScoped
public class StakeholderEvents {

    private final Outbox outbox;

    StakeholderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void upserted(Stakeholder s) {
        outbox.publish(Topics.STAKEHOLDER_EVENTS, s.code, EventTypes.SOURCE_STAKEHOLDERS,
                EventTypes.STAKEHOLDER_UPSERTED, "stakeholders/" + s.code, EventData.stakeholder(s));
    }

    /** @param type one of the session event types of {@link EventTypes} */
    public void session(String type, Session s) {
        outbox.publish(Topics.STAKEHOLDER_EVENTS, s.id, EventTypes.SOURCE_STAKEHOLDERS,
                type, "sessions/" + s.id, EventData.session(s));
    }

    public void outcomeRecorded(Session s) {
        outbox.publish(Topics.STAKEHOLDER_EVENTS, s.id, EventTypes.SOURCE_STAKEHOLDERS,
                EventTypes.SESSION_OUTCOME_RECORDED, "sessions/" + s.id, EventData.outcome(s));
    }
}

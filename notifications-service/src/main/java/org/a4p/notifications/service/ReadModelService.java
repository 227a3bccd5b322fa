package org.a4p.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.notifications.repository.ReadModelRepository;
import org.jboss.logging.Logger;

/**
 * The local copies of the other services' recommendations, stakeholders and sessions, kept from their
 * events. Always inside the transaction that consumed the event, so the inbox entry and the change
 * commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService {

    private static final Logger LOG = Logger.getLogger(ReadModelService.class);

    private final ReadModelRepository readModels;

    ReadModelService(ReadModelRepository readModels) {
        this.readModels = readModels;
    }

    public void recommendationUpserted(RecommendationUpserted r) {
        readModels.upsert(r);
    }

    public void stakeholderUpserted(StakeholderUpserted s) {
        readModels.upsert(s);
    }

    public void sessionScheduledOrChanged(SessionEvent s) {
        readModels.upsert(s);
    }

    /** The briefing of the body's next session shows it; an event older than the outcome held changes nothing. */
    public void sessionOutcomeRecorded(String eventId, SessionOutcomeRecorded o) {
        if (!readModels.applyOutcome(o)) {
            LOG.infof("outcome %s of session %s is stale (version %d): ignored", eventId, o.id(), o.version());
        }
    }

    /** A cancelled session leaves the read model, so no briefing is ever due for it. */
    public void sessionCancelled(String id) {
        readModels.deleteSession(id);
    }
}

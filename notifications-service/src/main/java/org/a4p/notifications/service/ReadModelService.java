package org.a4p.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.notifications.repository.ReadModelRepository;

/**
 * The local copies of the other services' recommendations, stakeholders and sessions, kept from their
 * events. Always inside the transaction that consumed the event, so the inbox entry and the change
 * commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService {

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

    /** A cancelled session leaves the read model, so no briefing is ever due for it. */
    public void sessionCancelled(String id) {
        readModels.deleteSession(id);
    }
}

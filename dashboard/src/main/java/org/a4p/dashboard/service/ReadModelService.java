package org.a4p.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.dashboard.model.PositionChange;
import org.a4p.dashboard.model.Recommendation;
import org.a4p.dashboard.model.SessionOutcome;
import org.a4p.dashboard.model.Stakeholder;
import org.a4p.dashboard.model.StatusChange;
import org.a4p.dashboard.repository.ReadModelRepository;
import org.a4p.events.CloudEvent;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.platform.inbox.EventHandler;

import java.util.List;

/**
 * Applies the other services' events to the dashboard's read model: the handler the platform's consumer calls, each
 * event checked and once (inbox). Always inside the transaction that consumed the event, so the inbox entry, the
 * change and the "as of" time commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService implements EventHandler {

    private final ReadModelRepository readModel;

    ReadModelService(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    @Override
    public void recommendationUpserted(CloudEvent event, RecommendationUpserted r) {
        readModel.upsert(new Recommendation(r.number(), r.area(), r.areaName(), r.text(), r.stakeholderAction(),
                r.stakeholders() == null ? List.of() : r.stakeholders(), r.a4pParagraph(), r.context(), r.status(),
                r.statusChangedAt(), r.version()));
    }

    /** The timeline keeps every change; the headline status only moves forward in versions. */
    @Override
    public void recommendationStatusChanged(CloudEvent event, RecommendationStatusChanged c) {
        readModel.recordStatusChange(event.id(), new StatusChange(c.number(), c.previousStatus(), c.newStatus(),
                c.changedAt(), c.changedBy(), c.note(), c.evidenceUrl()), c.version());
        readModel.applyStatus(c.number(), c.newStatus(), c.changedAt(), c.version());
    }

    /** The timeline keeps every change; the position (or its tombstone) only moves forward in versions. */
    @Override
    public void recommendationPositionChanged(CloudEvent event, RecommendationPositionChanged c) {
        readModel.recordPositionChange(event.id(), new PositionChange(c.number(), c.stakeholder(), c.change(), c.acceptance(),
                c.implementation(), c.previousAcceptance(), c.previousImplementation(), c.note(),
                c.evidence() == null ? List.of() : c.evidence(), c.changedAt(), c.changedBy()),
                readModel.evidenceJson(c.evidence()), c.version());
    }

    @Override
    public void sessionOutcomeRecorded(CloudEvent event, SessionOutcomeRecorded o) {
        readModel.recordOutcome(o.body(), new SessionOutcome(o.id(), o.outcome(), o.documentSymbol(), o.note(), o.recordedAt()),
                o.version());
    }

    @Override
    public void stakeholderUpserted(CloudEvent event, StakeholderUpserted s) {
        readModel.upsert(new Stakeholder(s.code(), s.name(), s.kind(), s.category()), s.description(), s.closed());
    }

    @Override
    public void sessionScheduledOrChanged(CloudEvent event, SessionEvent s) {
        readModel.upsert(s);
    }

    @Override
    public void sessionCancelled(CloudEvent event, SessionEvent s) {
        readModel.deleteSession(s.id());
    }

    /** Every applied event moves its topic's "data as of" time to the event's own time (and the pages' version). */
    @Override
    public void applied(String topic, CloudEvent event) {
        readModel.seen(topic, event.time());
    }
}

package org.a4p.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.dashboard.model.PositionChange;
import org.a4p.dashboard.model.Recommendation;
import org.a4p.dashboard.model.Session;
import org.a4p.dashboard.model.SessionOutcome;
import org.a4p.dashboard.model.Stakeholder;
import org.a4p.dashboard.model.StatusChange;
import org.a4p.dashboard.repository.ReadModelRepository;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Applies the other services' events to the dashboard's read model. Always inside the transaction that consumed
 * the event, so the inbox entry, the change and the "as of" time commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelService {

    private final ReadModelRepository readModel;

    ReadModelService(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    public void recommendationUpserted(RecommendationUpserted r) {
        readModel.upsert(new Recommendation(r.number(), r.area(), r.areaName(), r.text(), r.stakeholderAction(),
                r.stakeholders() == null ? List.of() : r.stakeholders(), r.a4pParagraph(), r.context(), r.status(),
                r.statusChangedAt(), r.version()));
    }

    /** The timeline keeps every change; the headline status only moves forward in versions. */
    public void statusChanged(String eventId, RecommendationStatusChanged c) {
        readModel.recordStatusChange(eventId, new StatusChange(c.number(), c.previousStatus(), c.newStatus(),
                c.changedAt(), c.changedBy(), c.note(), c.evidenceUrl()), c.version());
        readModel.applyStatus(c.number(), c.newStatus(), c.changedAt(), c.version());
    }

    /** The timeline keeps every change; the position (or its tombstone) only moves forward in versions. */
    public void positionChanged(String eventId, RecommendationPositionChanged c) {
        readModel.recordPositionChange(eventId, new PositionChange(c.number(), c.stakeholder(), c.change(), c.acceptance(),
                c.implementation(), c.previousAcceptance(), c.previousImplementation(), c.note(),
                c.evidence() == null ? List.of() : c.evidence(), c.changedAt(), c.changedBy()),
                readModel.evidenceJson(c.evidence()), c.version());
    }

    public void outcomeRecorded(SessionOutcomeRecorded o) {
        readModel.recordOutcome(o.body(), new SessionOutcome(o.id(), o.outcome(), o.documentSymbol(), o.note(), o.recordedAt()),
                o.version());
    }

    public void stakeholderUpserted(StakeholderUpserted s) {
        readModel.upsert(new Stakeholder(s.code(), s.name(), s.kind(), s.category()), s.description(), s.closed());
    }

    public void sessionScheduledOrChanged(SessionEvent s) {
        readModel.upsert(new Session(s.id(), s.body(), s.title(), s.kind(), s.startsOn(), s.endsOn(), s.location(),
                s.tentative()));
    }

    public void sessionCancelled(String id) {
        readModel.deleteSession(id);
    }

    /** Every applied event moves its topic's "data as of" time to the event's own time. */
    public void seen(String topic, OffsetDateTime eventTime) {
        readModel.seen(topic, eventTime);
    }
}

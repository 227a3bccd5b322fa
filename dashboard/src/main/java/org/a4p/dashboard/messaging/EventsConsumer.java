package org.a4p.dashboard.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.dashboard.service.ReadModelService;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcome;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.platform.inbox.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import static org.a4p.platform.inbox.EventChecks.isOneOf;
import static org.a4p.platform.inbox.EventChecks.require;
import static org.a4p.platform.inbox.EventChecks.requireOnTopic;

/**
 * Keeps the dashboard's read model from the other services' events, through the platform's consumer: each event
 * applied once (inbox), poison dead-lettered by the channel, database outages waited out.
 */
@ApplicationScoped
public class EventsConsumer {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    static final String RECOMMENDATIONS_CONSUMER = "dashboard/recommendation-events";
    static final String STAKEHOLDERS_CONSUMER = "dashboard/stakeholder-events";

    private final EventConsumer consumer;
    private final ReadModelService readModel;

    EventsConsumer(EventConsumer consumer, ReadModelService readModel) {
        this.consumer = consumer;
        this.readModel = readModel;
    }

    @Incoming("recommendation-events-in")
    @Blocking
    public void onRecommendationEvent(String payload) {
        consumer.consume(RECOMMENDATIONS_CONSUMER, payload, event -> apply(Topics.RECOMMENDATION_EVENTS, event));
    }

    @Incoming("stakeholder-events-in")
    @Blocking
    public void onStakeholderEvent(String payload) {
        consumer.consume(STAKEHOLDERS_CONSUMER, payload, event -> apply(Topics.STAKEHOLDER_EVENTS, event));
    }

    private void apply(String topic, CloudEvent event) {
        requireOnTopic(topic, event);
        switch (event.type()) {
            case EventTypes.RECOMMENDATION_UPSERTED -> {
                RecommendationUpserted r = consumer.data(event, RecommendationUpserted.class);
                require(event, r.number() > 0 && r.area() != null && isStatus(r.status()), "number, area and a lifecycle status");
                readModel.recommendationUpserted(r);
            }
            case EventTypes.RECOMMENDATION_STATUS_CHANGED -> {
                RecommendationStatusChanged c = consumer.data(event, RecommendationStatusChanged.class);
                require(event, c.number() > 0 && isStatus(c.newStatus()) && c.changedAt() != null,
                        "number, a lifecycle newStatus and changedAt");
                readModel.statusChanged(event.id(), c);
            }
            case EventTypes.STAKEHOLDER_UPSERTED -> {
                StakeholderUpserted s = consumer.data(event, StakeholderUpserted.class);
                require(event, s.code() != null && !s.code().isBlank(), "code");
                readModel.stakeholderUpserted(s);
            }
            case EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED -> {
                SessionEvent s = consumer.data(event, SessionEvent.class);
                require(event, s.id() != null && s.body() != null && s.startsOn() != null, "id, body and startsOn");
                readModel.sessionScheduledOrChanged(s);
            }
            case EventTypes.SESSION_CANCELLED -> {
                SessionEvent s = consumer.data(event, SessionEvent.class);
                require(event, s.id() != null, "id");
                readModel.sessionCancelled(s.id());
            }
            case EventTypes.RECOMMENDATION_POSITION_CHANGED -> {
                RecommendationPositionChanged c = consumer.data(event, RecommendationPositionChanged.class);
                require(event, c.number() > 0 && c.stakeholder() != null && !c.stakeholder().isBlank()
                        && isOneOf(c.change(), PositionChangeKind.values()) && isOneOf(c.acceptance(), PositionAcceptance.values())
                        && isOneOf(c.implementation(), PositionImplementation.values()) && c.changedAt() != null,
                        "number, stakeholder, a change kind, acceptance, implementation and changedAt");
                readModel.positionChanged(event.id(), c);
            }
            case EventTypes.SESSION_OUTCOME_RECORDED -> {
                SessionOutcomeRecorded o = consumer.data(event, SessionOutcomeRecorded.class);
                require(event, o.id() != null && o.body() != null && isOneOf(o.outcome(), SessionOutcome.values())
                        && o.recordedAt() != null, "id, body, an outcome and recordedAt");
                readModel.outcomeRecorded(o);
            }
            default -> {
                // a type a4p-events lists for the topic that the dashboard does not show yet: recorded as seen in
                // the inbox and skipped, so that it neither stops the consumer nor lands in the dead-letter topic
                LOG.debugf("%s: %s %s is not shown by the dashboard; skipped", topic, event.type(), event.id());
                return;
            }
        }
        readModel.seen(topic, event.time());
    }

    private static boolean isStatus(String status) {
        return isOneOf(status, RecommendationStatus.values());
    }
}

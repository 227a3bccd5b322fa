package org.a4p.dashboard.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.dashboard.service.ReadModelService;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.platform.inbox.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import static org.a4p.platform.inbox.EventChecks.checked;
import static org.a4p.platform.inbox.EventChecks.checkedCancellation;
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
                RecommendationUpserted r = checked(event, consumer.data(event, RecommendationUpserted.class));
                readModel.recommendationUpserted(r);
            }
            case EventTypes.RECOMMENDATION_STATUS_CHANGED -> {
                RecommendationStatusChanged c = checked(event, consumer.data(event, RecommendationStatusChanged.class));
                readModel.statusChanged(event.id(), c);
            }
            case EventTypes.STAKEHOLDER_UPSERTED -> {
                StakeholderUpserted s = checked(event, consumer.data(event, StakeholderUpserted.class));
                readModel.stakeholderUpserted(s);
            }
            case EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED -> {
                SessionEvent s = checked(event, consumer.data(event, SessionEvent.class));
                readModel.sessionScheduledOrChanged(s);
            }
            case EventTypes.SESSION_CANCELLED -> {
                SessionEvent s = checkedCancellation(event, consumer.data(event, SessionEvent.class));
                readModel.sessionCancelled(s.id());
            }
            case EventTypes.RECOMMENDATION_POSITION_CHANGED -> {
                RecommendationPositionChanged c = checked(event, consumer.data(event, RecommendationPositionChanged.class));
                readModel.positionChanged(event.id(), c);
            }
            case EventTypes.SESSION_OUTCOME_RECORDED -> {
                SessionOutcomeRecorded o = checked(event, consumer.data(event, SessionOutcomeRecorded.class));
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
}

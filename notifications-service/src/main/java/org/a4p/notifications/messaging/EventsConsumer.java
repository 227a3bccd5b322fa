package org.a4p.notifications.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.notifications.service.NotificationService;
import org.a4p.notifications.service.ReadModelService;
import org.a4p.platform.inbox.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import static org.a4p.platform.inbox.EventChecks.checked;
import static org.a4p.platform.inbox.EventChecks.checkedCancellation;
import static org.a4p.platform.inbox.EventChecks.requireOnTopic;

/**
 * Keeps the read models from the other services' events and turns status changes into deliveries.
 * Each event is applied once per consumer (inbox) in one transaction; a record that can never be
 * applied is dead-lettered by the channel and the consumer goes on.
 */
@ApplicationScoped
public class EventsConsumer {

    static final String RECOMMENDATIONS_CONSUMER = "notifications-service/recommendation-events";
    static final String STAKEHOLDERS_CONSUMER = "notifications-service/stakeholder-events";

    private final EventConsumer consumer;
    private final ReadModelService readModels;
    private final NotificationService notifications;

    EventsConsumer(EventConsumer consumer, ReadModelService readModels, NotificationService notifications) {
        this.consumer = consumer;
        this.readModels = readModels;
        this.notifications = notifications;
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

    /**
     * Dispatches by (topic, type): a type the topic does not carry (the design's events table) is poison, never
     * applied, whoever wrote it there; so is a status outside the lifecycle.
     */
    private void apply(String topic, CloudEvent event) {
        requireOnTopic(topic, event);
        switch (event.type()) {
            case EventTypes.RECOMMENDATION_UPSERTED -> {
                RecommendationUpserted r = checked(event, consumer.data(event, RecommendationUpserted.class));
                readModels.recommendationUpserted(r);
            }
            case EventTypes.RECOMMENDATION_STATUS_CHANGED -> {
                RecommendationStatusChanged c = checked(event, consumer.data(event, RecommendationStatusChanged.class));
                notifications.statusChanged(event, c);
            }
            case EventTypes.RECOMMENDATION_POSITION_CHANGED -> {
                RecommendationPositionChanged c = checked(event, consumer.data(event, RecommendationPositionChanged.class));
                notifications.positionChanged(event, c);
            }
            case EventTypes.STAKEHOLDER_UPSERTED -> {
                StakeholderUpserted s = checked(event, consumer.data(event, StakeholderUpserted.class));
                readModels.stakeholderUpserted(s);
            }
            case EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED -> {
                SessionEvent s = checked(event, consumer.data(event, SessionEvent.class));
                readModels.sessionScheduledOrChanged(s);
            }
            case EventTypes.SESSION_CANCELLED -> {
                SessionEvent s = checkedCancellation(event, consumer.data(event, SessionEvent.class));
                readModels.sessionCancelled(s.id());
            }
            case EventTypes.SESSION_OUTCOME_RECORDED -> {
                SessionOutcomeRecorded o = checked(event, consumer.data(event, SessionOutcomeRecorded.class));
                readModels.sessionOutcomeRecorded(event.id(), o);
            }
            default -> throw new IllegalStateException("EventTypes.BY_TOPIC lists " + event.type() + " but no case applies it");
        }
    }
}

package org.a4p.notifications.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.CloudEvent;
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
import org.a4p.platform.inbox.EventHandler;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the read models from the other services' events and turns status and position changes into deliveries.
 * Each event is checked and applied once per consumer (inbox) in one transaction; a record that can never be
 * applied is dead-lettered by the channel and the consumer goes on.
 */
@ApplicationScoped
public class EventsConsumer implements EventHandler {

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
        consumer.consume(RECOMMENDATIONS_CONSUMER, Topics.RECOMMENDATION_EVENTS, payload, this);
    }

    @Incoming("stakeholder-events-in")
    @Blocking
    public void onStakeholderEvent(String payload) {
        consumer.consume(STAKEHOLDERS_CONSUMER, Topics.STAKEHOLDER_EVENTS, payload, this);
    }

    @Override
    public void recommendationUpserted(CloudEvent event, RecommendationUpserted data) {
        readModels.recommendationUpserted(data);
    }

    @Override
    public void recommendationStatusChanged(CloudEvent event, RecommendationStatusChanged data) {
        notifications.statusChanged(event, data);
    }

    @Override
    public void recommendationPositionChanged(CloudEvent event, RecommendationPositionChanged data) {
        notifications.positionChanged(event, data);
    }

    @Override
    public void stakeholderUpserted(CloudEvent event, StakeholderUpserted data) {
        readModels.stakeholderUpserted(data);
    }

    @Override
    public void sessionScheduledOrChanged(CloudEvent event, SessionEvent data) {
        readModels.sessionScheduledOrChanged(data);
    }

    @Override
    public void sessionCancelled(CloudEvent event, SessionEvent data) {
        readModels.sessionCancelled(data.id());
    }

    @Override
    public void sessionOutcomeRecorded(CloudEvent event, SessionOutcomeRecorded data) {
        readModels.sessionOutcomeRecorded(event.id(), data);
    }
}

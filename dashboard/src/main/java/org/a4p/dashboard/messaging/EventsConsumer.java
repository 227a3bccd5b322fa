package org.a4p.dashboard.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.dashboard.service.ReadModelService;
import org.a4p.events.Topics;
import org.a4p.platform.inbox.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the other services' events to the dashboard's read model ({@link ReadModelService}, the handler of every
 * type), through the platform's consumer: each event checked, applied once (inbox), poison dead-lettered by the
 * channel, database outages waited out.
 */
@ApplicationScoped
public class EventsConsumer {

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
        consumer.consume(RECOMMENDATIONS_CONSUMER, Topics.RECOMMENDATION_EVENTS, payload, readModel);
    }

    @Incoming("stakeholder-events-in")
    @Blocking
    public void onStakeholderEvent(String payload) {
        consumer.consume(STAKEHOLDERS_CONSUMER, Topics.STAKEHOLDER_EVENTS, payload, readModel);
    }
}

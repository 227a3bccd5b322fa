package org.a4p.recommendations.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.CloudEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.platform.inbox.EventChecks;
import org.a4p.platform.inbox.EventConsumer;
import org.a4p.platform.inbox.EventHandler;
import org.a4p.recommendations.service.StakeholderReadModel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds stakeholders-service's events to the {@link StakeholderReadModel}. Sessions are not needed here: their
 * events are checked, recorded as processed and otherwise ignored (the handler's defaults).
 */
@ApplicationScoped
public class StakeholderEventsConsumer implements EventHandler {

    static final String CONSUMER = "recommendations-stakeholder-read-model";

    private final EventConsumer consumer;
    private final StakeholderReadModel readModel;

    StakeholderEventsConsumer(EventConsumer consumer, StakeholderReadModel readModel) {
        this.consumer = consumer;
        this.readModel = readModel;
    }

    @Incoming("stakeholder-events")
    @Blocking
    public void onEvent(String payload) {
        consumer.consume(CONSUMER, Topics.STAKEHOLDER_EVENTS, payload, this);
    }

    /** Recommendations derive their stakeholders by category: here a stakeholder without one cannot be learnt. */
    @Override
    public void stakeholderUpserted(CloudEvent event, StakeholderUpserted data) {
        EventChecks.require(event, data.category() != null && !data.category().isBlank(), "category");
        readModel.learn(data.code(), data.name(), data.kind(), data.category());
    }
}

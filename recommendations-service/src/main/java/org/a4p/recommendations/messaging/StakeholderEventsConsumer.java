package org.a4p.recommendations.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.StakeholderUpserted;
import org.a4p.platform.inbox.EventConsumer;
import org.a4p.platform.inbox.PoisonEventException;
import org.a4p.recommendations.service.StakeholderReadModel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds stakeholders-service's events to the {@link StakeholderReadModel}. Sessions are not needed here:
 * their events are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class StakeholderEventsConsumer {

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
        consumer.consume(CONSUMER, payload, this::apply);
    }

    private void apply(CloudEvent event) {
        if (!EventTypes.STAKEHOLDER_UPSERTED.equals(event.type())) {
            return;
        }
        StakeholderUpserted s = consumer.data(event, StakeholderUpserted.class);
        if (s.code() == null || s.code().isBlank() || s.category() == null || s.category().isBlank()) {
            throw new PoisonEventException("stakeholder event " + event.id() + " lacks code or category");
        }
        readModel.learn(s.code(), s.name(), s.kind(), s.category());
    }
}

package org.a4p.recommendations.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.StakeholderUpserted;
import org.a4p.platform.inbox.EventConsumer;
import org.a4p.platform.inbox.PoisonEventException;
import org.a4p.recommendations.model.KnownStakeholder;
import org.a4p.recommendations.service.ReadCache;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the local read model of stakeholders (code → category) from stakeholders-service's events, so
 * that {@code ?body=C34} resolves without calling that service. Sessions are not needed here: their
 * events are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class StakeholderEventsConsumer {

    static final String CONSUMER = "recommendations-stakeholder-read-model";

    private final EventConsumer consumer;
    private final ReadCache cache;

    StakeholderEventsConsumer(EventConsumer consumer, ReadCache cache) {
        this.consumer = consumer;
        this.cache = cache;
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
        cache.changedInThisTransaction(); // ?body= resolves through this read model
        KnownStakeholder known = KnownStakeholder.findById(s.code());
        if (known == null) {
            known = new KnownStakeholder();
            known.code = s.code();
        }
        known.name = s.name() == null ? s.code() : s.name();
        known.kind = s.kind();
        known.category = s.category();
        known.persist();
    }
}

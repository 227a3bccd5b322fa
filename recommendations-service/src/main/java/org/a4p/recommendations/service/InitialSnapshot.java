package org.a4p.recommendations.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.platform.inbox.Inbox;
import org.a4p.recommendations.repository.RecommendationRepository;
import org.jboss.logging.Logger;

/**
 * On the very first start, publishes an upserted event for every recommendation so that other
 * services can build their read models. The claim and the events share one transaction: either all
 * of them are in the outbox and the job is marked done, or neither (and the next start tries again).
 */
@ApplicationScoped
public class InitialSnapshot {

    private static final Logger LOG = Logger.getLogger(InitialSnapshot.class);
    static final String JOB = "initial-snapshot";

    private final Inbox inbox;
    private final RecommendationRepository recommendations;
    private final RecommendationEvents events;

    InitialSnapshot(Inbox inbox, RecommendationRepository recommendations, RecommendationEvents events) {
        this.inbox = inbox;
        this.recommendations = recommendations;
        this.events = events;
    }

    void onStart(@Observes StartupEvent ignored) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!inbox.claimOnce(JOB)) {
                return;
            }
            var all = recommendations.inNumberOrder();
            all.forEach(events::upserted);
            LOG.infof("published the initial snapshot of %d recommendations", all.size());
        });
    }
}

package org.a4p.recommendations.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.platform.startup.FirstStart;
import org.a4p.recommendations.repository.RecommendationRepository;
import org.jboss.logging.Logger;

/**
 * On the very first start against a database, publishes an upserted event for every seeded recommendation so
 * that other services can build their read models ({@link FirstStart}: all of them or none, once).
 */
@ApplicationScoped
public class InitialSnapshot {

    private static final Logger LOG = Logger.getLogger(InitialSnapshot.class);
    static final String JOB = "initial-snapshot";

    private final FirstStart firstStart;
    private final RecommendationRepository recommendations;
    private final RecommendationEvents events;

    InitialSnapshot(FirstStart firstStart, RecommendationRepository recommendations, RecommendationEvents events) {
        this.firstStart = firstStart;
        this.recommendations = recommendations;
        this.events = events;
    }

    void onStart(@Observes StartupEvent ignored) {
        firstStart.once(JOB, () -> {
            var all = recommendations.inNumberOrder();
            all.forEach(events::upserted);
            LOG.infof("published the initial snapshot of %d recommendations", all.size());
        });
    }
}

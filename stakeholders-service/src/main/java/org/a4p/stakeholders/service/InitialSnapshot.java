package org.a4p.stakeholders.service;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.events.EventTypes;
import org.a4p.platform.startup.FirstStart;
import org.a4p.stakeholders.repository.SessionRepository;
import org.a4p.stakeholders.repository.StakeholderRepository;
import org.jboss.logging.Logger;

/**
 * The seed data comes from Flyway, not from API calls, so no event announced it. On the first start
 * against a database this publishes every stakeholder and session once, so consumers can build their
 * read models from the topic alone (FirstStart: claimed and written in one transaction, or neither).
 */
@ApplicationScoped
public class InitialSnapshot {

    static final String JOB = "initial-snapshot";
    private static final Logger LOG = Logger.getLogger(InitialSnapshot.class);

    private final FirstStart firstStart;
    private final StakeholderRepository stakeholders;
    private final SessionRepository sessions;
    private final StakeholderEvents events;

    InitialSnapshot(FirstStart firstStart, StakeholderRepository stakeholders, SessionRepository sessions,
                    StakeholderEvents events) {
        this.firstStart = firstStart;
        this.stakeholders = stakeholders;
        this.sessions = sessions;
        this.events = events;
    }

    void onStart(@Observes StartupEvent started) {
        firstStart.once(JOB, () -> {
            var allStakeholders = stakeholders.listAll(Sort.by("code"));
            var allSessions = sessions.search(null, null, null);
            allStakeholders.forEach(events::upserted);
            allSessions.forEach(s -> events.session(EventTypes.SESSION_SCHEDULED, s));
            LOG.infof("first start: published %d stakeholders and %d sessions", allStakeholders.size(), allSessions.size());
        });
    }
}

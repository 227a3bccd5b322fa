package org.a4p.stakeholders.service;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.a4p.events.EventTypes;
import org.a4p.platform.inbox.Inbox;
import org.a4p.stakeholders.repository.SessionRepository;
import org.a4p.stakeholders.repository.StakeholderRepository;
import org.jboss.logging.Logger;

/**
 * The seed data comes from Flyway, not from API calls, so no event announced it. On the first start
 * against a database this publishes every stakeholder and session once, so consumers can build their
 * read models from the topic alone. The claim is in the same transaction as the outbox rows: the
 * snapshot is either fully written or not claimed, and a second instance starting at once waits on it.
 */
@ApplicationScoped
public class InitialSnapshot {

    static final String JOB = "initial-snapshot";
    private static final Logger LOG = Logger.getLogger(InitialSnapshot.class);

    private final Inbox inbox;
    private final StakeholderRepository stakeholders;
    private final SessionRepository sessions;
    private final StakeholderEvents events;

    InitialSnapshot(Inbox inbox, StakeholderRepository stakeholders, SessionRepository sessions, StakeholderEvents events) {
        this.inbox = inbox;
        this.stakeholders = stakeholders;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    void onStart(@Observes StartupEvent started) {
        if (!inbox.claimOnce(JOB)) {
            return;
        }
        var allStakeholders = stakeholders.listAll(Sort.by("code"));
        var allSessions = sessions.search(null, null, null);
        allStakeholders.forEach(events::upserted);
        allSessions.forEach(s -> events.session(EventTypes.SESSION_SCHEDULED, s));
        LOG.infof("first start: published %d stakeholders and %d sessions", allStakeholders.size(), allSessions.size());
    }
}

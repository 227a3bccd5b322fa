package org.a4p.platform.startup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.platform.inbox.Inbox;

/**
 * One-time jobs of the first start against a database, such as publishing the seed data that Flyway wrote (no
 * API call announced it, so consumers could not build their read models otherwise). The claim and the job's
 * writes share one new transaction: the job is either done and marked, or neither, and the next start tries again.
 * A second instance starting at the same moment waits on the claim's row and then finds it taken.
 */
@ApplicationScoped
public class FirstStart {

    private final Inbox inbox;

    FirstStart(Inbox inbox) {
        this.inbox = inbox;
    }

    /**
     * Runs {@code job} in a new transaction unless a job of this name has already run against this database.
     *
     * @return true if it ran now
     */
    public boolean once(String name, Runnable job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.claimOnce(name)) {
                return false;
            }
            job.run();
            return true;
        });
    }
}

package org.a4p.platform.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Consumer;

/**
 * Work that must wait until the current transaction has ended: a woken worker only sees rows that are committed,
 * and a cache must not keep what a rolled-back write read. Call it inside a transaction (JTA refuses otherwise).
 */
@ApplicationScoped
public class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code action} once the current transaction has committed; not at all if it rolls back. */
    public void run(Runnable action) {
        whenEnded(committed -> {
            if (committed) {
                action.run();
            }
        });
    }

    /** Calls {@code action} with whether the transaction committed, once it has ended either way. */
    public void whenEnded(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}

package org.a4p.notifications.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.notifications.config.DeliveryConfig;
import org.a4p.notifications.config.MailConfig;
import org.a4p.notifications.model.PendingConfirmation;
import org.a4p.notifications.repository.SubscriptionRepository;
import org.a4p.platform.transaction.AfterCommit;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends the confirmation mail of each new e-mail subscription until the mail server takes it or its link expires. The
 * mail carries the only usable copy of the token, so a send that failed or hung (a mail server down, slow, or a pooled
 * connection to one that went away) is tried again with the alerts' backoff instead of being dropped; the token waits
 * sealed in the subscription's row until then. Each attempt claims its row for a lease, so that two replicas, or the
 * pass after a commit and the scheduled one, never send the same mail at once.
 */
@ApplicationScoped
public class ConfirmationMails {

    private static final Logger LOG = Logger.getLogger(ConfirmationMails.class);
    private static final int BATCH = 64;

    private final SubscriptionRepository subscriptions;
    private final MailSender mails;
    private final SecretBox box;
    private final AfterCommit afterCommit;
    private final MailConfig mailConfig;
    private final DeliveryConfig retry;
    private final Clock clock;

    ConfirmationMails(SubscriptionRepository subscriptions, MailSender mails, SecretBox box, AfterCommit afterCommit,
                      MailConfig mailConfig, DeliveryConfig retry, Clock clock) {
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.box = box;
        this.afterCommit = afterCommit;
        this.mailConfig = mailConfig;
        this.retry = retry;
        this.clock = clock;
    }

    /** Sends the new subscription's mail as soon as its transaction commits (its row is only visible then). */
    public void sendAfterCommit() {
        afterCommit.run(() -> Infrastructure.getDefaultWorkerPool().execute(this::sendDueLogged));
    }

    /** Retries what failed, and what an instance that stopped mid-send left behind once its lease ended. */
    @Scheduled(every = "${a4p.mail.check-interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDueLogged();
    }

    private void sendDueLogged() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("confirmation mails: pass failed, the next one retries: %s", e.getMessage());
        }
    }

    /** Sends every confirmation mail that is due; @return how many the mail server took. */
    public int sendDue() {
        int taken = 0;
        for (; ; ) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int abandoned = QuarkusTransaction.requiringNew().call(() -> subscriptions.abandonExpiredConfirmationMails(now));
            if (abandoned > 0) {
                LOG.warnf("%d confirmation mail(s) never taken by the mail server before their link expired", abandoned);
            }
            // an attempt ends within the send timeout; the lease leaves it that much again before another may start
            List<PendingConfirmation> claimed = QuarkusTransaction.requiringNew().call(() ->
                    subscriptions.claimDueConfirmations(now, now.plus(mailConfig.sendTimeout().multipliedBy(2)), BATCH));
            List<CompletableFuture<Throwable>> sends = new ArrayList<>();
            for (PendingConfirmation p : claimed) {
                sends.add(mails.sendConfirmation(p.subscription(), p.address(), p.subscriber(), p.language(),
                        box.open(p.sealedToken())).toCompletableFuture().handle((ok, error) -> error));
            }
            for (int i = 0; i < claimed.size(); i++) {
                PendingConfirmation p = claimed.get(i);
                Throwable error = sends.get(i).join();
                if (error == null) {
                    QuarkusTransaction.requiringNew().run(() -> subscriptions.confirmationMailSent(p.subscription()));
                    taken++;
                } else {
                    OffsetDateTime next = OffsetDateTime.now(clock).plus(Backoff.fullJitter(retry.initialDelay(),
                            retry.maxDelay(), p.attempt()));
                    QuarkusTransaction.requiringNew().run(() -> subscriptions.confirmationMailFailed(p.subscription(), next));
                    LOG.warnf("subscription %s: confirmation mail attempt %d not taken by the mail server (%s); next at %s",
                            p.subscription(), p.attempt(), error.getMessage(), next);
                }
            }
            if (claimed.size() < BATCH) {
                return taken;
            }
        }
    }
}

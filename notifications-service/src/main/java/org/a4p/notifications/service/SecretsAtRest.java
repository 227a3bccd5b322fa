package org.a4p.notifications.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.a4p.notifications.repository.SubscriptionRepository;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;

/**
 * At every start: builds the {@link SecretBox} (so a missing key stops the service at once, not at the first
 * webhook) and encrypts the secrets of rows written before encryption at rest. Idempotent: sealed rows are skipped.
 */
@ApplicationScoped
class SecretsAtRest {

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class);

    private final SecretBox box;
    private final SubscriptionRepository subscriptions;

    SecretsAtRest(SecretBox box, SubscriptionRepository subscriptions) {
        this.box = box;
        this.subscriptions = subscriptions;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        Map<UUID, String> plain = subscriptions.unsealedSecrets(SecretBox.PREFIX);
        // guarded by the old value: a row changed meanwhile is left to the next start
        plain.forEach((id, secret) -> subscriptions.replaceSecret(id, secret, box.seal(secret)));
        if (!plain.isEmpty()) {
            LOG.infof("encrypted the signing secrets of %d subscriptions stored before encryption at rest", plain.size());
        }
    }
}

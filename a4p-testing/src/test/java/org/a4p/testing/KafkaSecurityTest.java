package org.a4p.testing;

import org.a4p.infra.KafkaUsers;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The test broker (the same as ./run.sh's) refuses whoever is not allowed to write a topic: a client that does
 * not log in, a wrong password, and a service principal writing another service's topic.
 */
class KafkaSecurityTest {

    private static final String EVENT = "{\"specversion\":\"1.0\"}";

    private static final String RECOMMENDATION_EVENTS = "recommendation-events";

    /** A client without SASL gets no answer to anything but the handshake: its record never arrives. */
    @Test
    void aProducerThatDoesNotLogInIsRefused() {
        String key = UUID.randomUUID().toString();
        var config = KafkaTopics.plainConfig();
        // it waits for metadata that never comes: 3 s of that prove it as well as the usual 15
        config.put(org.apache.kafka.clients.producer.ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        assertThatThrownBy(() -> KafkaTopics.sendWith(config, RECOMMENDATION_EVENTS, key, EVENT))
                .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        // the producer gave up before it had a broker to send to: nothing of it is on its way. A record sent after it,
        // by a client that logs in, is read; the refused one is not there
        String after = "after-" + key;
        KafkaTopics.send(RECOMMENDATION_EVENTS, after, EVENT);
        assertThat(KafkaTopics.readToEnd(RECOMMENDATION_EVENTS, java.time.Duration.ofSeconds(30)))
                .anyMatch(r -> after.equals(r.key()))
                .noneMatch(r -> key.equals(r.key()));
    }

    @ParameterizedTest(name = "{0} with a guessed password")
    @CsvSource({"recommendations-service", "a4p-admin", "intruder"})
    void aWrongPasswordOrUnknownUserIsAnAuthenticationError(String user) {
        var config = KafkaTopics.clientConfig(KafkaUsers.RECOMMENDATIONS);
        config.put("sasl.jaas.config", KafkaUsers.jaasConfig(user, "guessed"));
        assertThatThrownBy(() -> KafkaTopics.sendWith(config, RECOMMENDATION_EVENTS, "1", EVENT))
                .hasCauseInstanceOf(AuthenticationException.class);
    }

    @ParameterizedTest(name = "{0} may not write {1}")
    @CsvSource({
            "notifications-service, recommendation-events",
            "notifications-service, stakeholder-events",
            "stakeholders-service, recommendation-events",
            "stakeholders-service, notification-events",
            "recommendations-service, stakeholder-events",
            "recommendations-service, notification-events",
            "stakeholders-service, recommendation-events.dlq",
            "dashboard, recommendation-events",
            "dashboard, stakeholder-events",
            "dashboard, notification-events"})
    void aServiceCannotWriteAnotherServicesTopic(String user, String topic) {
        assertThatThrownBy(() -> KafkaTopics.sendAs(user, topic, "1", EVENT))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @ParameterizedTest(name = "{0} writes {1}")
    @CsvSource({
            "recommendations-service, recommendation-events",
            "stakeholders-service, stakeholder-events",
            "notifications-service, notification-events",
            "notifications-service, recommendation-events.dlq",
            "dashboard, stakeholder-events.dlq"})
    void eachServiceWritesItsOwnTopic(String user, String topic) {
        assertThatCode(() -> KafkaTopics.sendAs(user, topic, UUID.randomUUID().toString(), EVENT)).doesNotThrowAnyException();
    }

    /**
     * The broker never creates a topic on the fly, so a dead-letter topic that exists was created with the others
     * at start, not by the first poison record (which would have had nowhere to go, as on a production broker).
     */
    @Test
    void theTopicsAndTheirDeadLetterTopicsExistFromTheStart() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(KafkaTopics.clientConfig(KafkaUsers.ADMIN))) {
            assertThat(admin.listTopics().names().get()).contains(
                    "recommendation-events", "stakeholder-events", "notification-events",
                    "recommendation-events.dlq", "stakeholder-events.dlq", "notification-events.dlq");
            String brokerId = String.valueOf(admin.describeCluster().nodes().get().iterator().next().id());
            var broker = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.BROKER, brokerId);
            assertThat(admin.describeConfigs(java.util.List.of(broker)).all().get().get(broker)
                    .get("auto.create.topics.enable").value()).isEqualTo("false");
        }
    }
}

package org.a4p.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.a4p.platform.kafka.KafkaClientConfig;
import org.a4p.platform.testapp.TestEvents;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay's producer logs in with the service's Kafka settings, all of them (issue 13): the test broker accepts
 * only SCRAM logins, so the relay built from the service's configuration gets through, and the same relay with
 * another password is refused by the broker. A relay that read only {@code kafka.bootstrap.servers} would never
 * authenticate, and the service's writes would pile up in the outbox unseen.
 */
@QuarkusTest
class RelayKafkaLoginTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    @Identifier(KafkaClientConfig.DEFAULT_KAFKA_BROKER)
    Map<String, Object> kafkaConfig;

    @Test
    void theRelaysProducerLogsInWithTheServicesKafkaSettings() {
        assertThat(kafkaConfig).containsKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config");
        OutboxRelay relay = relay(kafkaConfig);
        try {
            assertThat(relay.producer().partitionsFor(TestEvents.TOPIC)).isNotEmpty();
        } finally {
            relay.stop(null);
        }
    }

    @Test
    void withAnotherPasswordTheBrokerRefusesTheRelay() {
        Map<String, Object> wrong = new HashMap<>(kafkaConfig);
        wrong.put("sasl.jaas.config", String.valueOf(kafkaConfig.get("sasl.jaas.config"))
                .replaceAll("password=\"[^\"]*\"", "password=\"not-the-password\""));
        OutboxRelay relay = relay(wrong);
        try {
            assertThatThrownBy(() -> relay.producer().partitionsFor(TestEvents.TOPIC))
                    .isInstanceOf(SaslAuthenticationException.class);
        } finally {
            relay.stop(null);
        }
    }

    private OutboxRelay relay(Map<String, Object> kafka) {
        return new OutboxRelay(dataSource, config, kafka, new SimpleMeterRegistry());
    }
}

package org.a4p.platform.health;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.a4p.platform.kafka.KafkaClientConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness check's admin client logs in with the service's Kafka settings, all of them: with them the broker
 * (SCRAM logins only) answers, with another password or with the bootstrap servers alone it does not.
 */
@QuarkusTest
class KafkaReadinessLoginTest {

    @Inject
    @Identifier(KafkaClientConfig.DEFAULT_KAFKA_BROKER)
    Map<String, Object> kafkaConfig;

    @Test
    void theCheckLogsInWithTheServicesKafkaSettings() {
        assertThat(status(kafkaConfig)).isEqualTo(HealthCheckResponse.Status.UP);

        Map<String, Object> wrong = new HashMap<>(kafkaConfig);
        wrong.put("sasl.jaas.config", String.valueOf(kafkaConfig.get("sasl.jaas.config"))
                .replaceAll("password=\"[^\"]*\"", "password=\"not-the-password\""));
        assertThat(status(wrong)).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(status(Map.of("bootstrap.servers", kafkaConfig.get("bootstrap.servers"))))
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    private static HealthCheckResponse.Status status(Map<String, Object> config) {
        KafkaReadinessCheck check = new KafkaReadinessCheck(config);
        try {
            return check.call().getStatus();
        } finally {
            check.close();
        }
    }
}

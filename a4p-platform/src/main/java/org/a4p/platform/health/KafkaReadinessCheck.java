package org.a4p.platform.health;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.a4p.platform.kafka.KafkaClientConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Readiness covers the broker: a service whose events cannot flow is not ready, even though its
 * writes would still be safe in the outbox.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final Map<String, Object> kafkaConfig;
    private Admin admin;

    @Inject
    KafkaReadinessCheck(@Identifier(KafkaClientConfig.DEFAULT_KAFKA_BROKER) Map<String, Object> kafkaConfig) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
    }

    /** A check of a broker that needs no more than its address (tests that build one by hand). */
    KafkaReadinessCheck(String bootstrapServers) {
        this(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(KafkaClientConfig.with(kafkaConfig, Map.of(
                    AdminClientConfig.CLIENT_ID_CONFIG, "readiness",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000)));
        }
        return admin;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Kafka broker").withData("bootstrap.servers", KafkaClientConfig.bootstrapServers(kafkaConfig));
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS).size();
            return builder.up().withData("nodes", nodes).build();
        } catch (Exception e) {
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}

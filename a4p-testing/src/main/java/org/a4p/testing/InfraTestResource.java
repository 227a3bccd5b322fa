package org.a4p.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.a4p.infra.KafkaUsers;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the real PostgreSQL and Kafka of {@link TestInfra} (notifications-service
 * also at its real SMTP server).
 * Init arg {@code database}: the service's own database (it also names the service's Kafka principal). Stopping is left to the JVM's exit, so the
 * servers are started once per test JVM however often Quarkus restarts.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> KAFKA_USERS = Map.of(
            "recommendations", KafkaUsers.RECOMMENDATIONS,
            "stakeholders", KafkaUsers.STAKEHOLDERS,
            "notifications", KafkaUsers.NOTIFICATIONS,
            "dashboard", KafkaUsers.DASHBOARD);

    /** The database of a test app that names none (the platform's own): it logs in to Kafka as the super user. */
    public static final String DEFAULT_DATABASE = "postgres";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfra.ensureStarted();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestInfra.jdbcUrl(database));
        config.put("quarkus.datasource.username", TestInfra.DB_USER);
        config.put("quarkus.datasource.password", TestInfra.DB_PASSWORD);
        config.put("kafka.bootstrap.servers", TestInfra.kafkaBootstrapServers());
        // each service logs in to Kafka as its own principal, as it does in production
        String kafkaUser = KAFKA_USERS.getOrDefault(database, KafkaUsers.ADMIN);
        config.put("a4p.kafka.username", kafkaUser);
        config.put("a4p.kafka.password", KafkaUsers.password(kafkaUser));
        if ("notifications".equals(database)) {
            // the real SMTP server of TestInfra, never Quarkus' mock mailer
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.host", TestInfra.mailHost());
            config.put("quarkus.mailer.port", String.valueOf(TestInfra.smtpPort()));
        }
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure outlives each application start; TestInfra stops it at JVM exit
    }
}

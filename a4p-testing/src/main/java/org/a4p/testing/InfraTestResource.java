package org.a4p.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the real PostgreSQL and Kafka of {@link TestInfra}.
 * Init arg {@code database}: the service's own database. Stopping is left to the JVM's exit, so the
 * servers are started once per test JVM however often Quarkus restarts.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "postgres";

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
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure outlives each application start; TestInfra stops it at JVM exit
    }
}

package org.a4p.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SCRAM principals of the local broker (./run.sh and the tests) and how a client logs in as one.
 * The passwords are fixed development values, like the local PostgreSQL's: the broker listens on loopback
 * only and lives as long as the run. JDK classes only, so that processes without Kafka's server classes
 * (the e2e tests, the benchmark) can configure the services and their own clients with it.
 */
public final class KafkaUsers {

    /** Super user: the broker itself, topic and ACL set-up, and the tests' own clients. */
    public static final String ADMIN = "a4p-admin";
    public static final String RECOMMENDATIONS = "recommendations-service";
    public static final String STAKEHOLDERS = "stakeholders-service";
    public static final String NOTIFICATIONS = "notifications-service";
    /** The dashboard only reads: recommendation and stakeholder events, into its own read model. */
    public static final String DASHBOARD = "dashboard";
    public static final List<String> SERVICES = List.of(RECOMMENDATIONS, STAKEHOLDERS, NOTIFICATIONS, DASHBOARD);

    public static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    public static final String MECHANISM = "SCRAM-SHA-512";

    private KafkaUsers() {
    }

    public static String password(String user) {
        return user + "-local-secret";
    }

    public static String jaasConfig(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** The client settings (besides bootstrap.servers) that log in as {@code user}. */
    public static Map<String, Object> clientConfig(String user) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("security.protocol", SECURITY_PROTOCOL);
        config.put("sasl.mechanism", MECHANISM);
        config.put("sasl.jaas.config", jaasConfig(user, password(user)));
        return config;
    }

    /** What a service process needs in its environment to log in as its own principal (see application.properties). */
    public static Map<String, String> serviceEnvironment(String service) {
        return Map.of("A4P_KAFKA_USERNAME", service, "A4P_KAFKA_PASSWORD", password(service));
    }
}

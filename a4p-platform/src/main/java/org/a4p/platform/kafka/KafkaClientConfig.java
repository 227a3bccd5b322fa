package org.a4p.platform.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * The client settings every Kafka client of a service starts from: all {@code kafka.*} configuration keys
 * (bootstrap servers, security protocol, SASL, TLS), as Quarkus hands them to the messaging channels in its
 * {@code default-kafka-broker} map. A client that read only {@code kafka.bootstrap.servers} would not get
 * through an authenticating broker while the channels would.
 */
public final class KafkaClientConfig {

    /** The CDI identifier of Quarkus' map of the {@code kafka.*} keys. */
    public static final String DEFAULT_KAFKA_BROKER = "default-kafka-broker";

    private KafkaClientConfig() {
    }

    /** A mutable copy of {@code defaults} with the client's own settings on top. */
    public static Map<String, Object> with(Map<String, Object> defaults, Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>(defaults);
        config.putAll(own);
        return config;
    }

    /** For diagnostics: the servers without anything secret. */
    public static String bootstrapServers(Map<String, Object> config) {
        return String.valueOf(config.get("bootstrap.servers"));
    }
}

package org.a4p.infra;

/** The Kafka of a {@link LocalInfra}: one {@link KafkaNode} in the same JVM, or a {@link KafkaCluster} of node processes. */
interface KafkaServers {

    String bootstrapServers();

    boolean running();

    void start() throws Exception;

    void stop();

    /** Stops for good, its data about to be deleted: no controlled shutdown is needed. */
    default void discard() {
        stop();
    }
}

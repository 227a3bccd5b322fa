package org.a4p.testing;

import org.a4p.infra.KafkaUsers;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Plain Kafka clients for tests: what an integrator's own consumer or producer would see and do. They log in
 * as the local broker's super user unless a method names another principal ({@link KafkaUsers}).
 */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /** Every record of the topic from the beginning, read until {@code done} holds for the list or the timeout ends. */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout,
                                                               Predicate<List<ConsumerRecord<String, String>>> done) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (done.test(records)) {
                    // one more short poll, so that a duplicate right behind the last expected record is seen too
                    consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                    break;
                }
            }
            return records;
        }
    }

    /**
     * Every record of the topic committed before this call: read from the beginning up to the end offsets found at the
     * call. The proof that a record never arrived, when whatever could have written it has already given up: it needs
     * no wait for a timeout.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String topic, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " not read to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** A consumer of committed records, as the super user, that commits nothing: it reads by assignment. */
    private static KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = clientConfig(KafkaUsers.ADMIN);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** The topic's partitions, waiting for the topic to exist (a dead-letter topic appears with its first record). */
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic, long deadline) {
        while (true) {
            var found = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (found != null && !found.isEmpty()) {
                return found.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Sends a record the way the services' outbox relays do: with the structured-mode CloudEvents header
     * {@code content-type: application/cloudevents+json; charset=UTF-8}, whatever the value holds.
     */
    public static void send(String topic, String key, String value) {
        KafkaProducer<String, String> producer = shared();
        try {
            producer.send(record(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a producer that timed out (a broker stopped by the test) starts afresh next time
            forget(producer);
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /**
     * One producer for {@link #send}, kept open: a new one per record logs in anew (SCRAM) and fetches the metadata
     * first, about 55 ms a record on an idle machine here, against a few for a record sent on an open producer, and
     * the services' tests send hundreds. Its thread is a daemon: it ends with the test JVM.
     */
    private static synchronized KafkaProducer<String, String> shared() {
        if (shared == null) {
            Map<String, Object> config = producerConfig(clientConfig(KafkaUsers.ADMIN));
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0); // each send waits for its acknowledgement anyway
            shared = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return shared;
    }

    private static synchronized void forget(KafkaProducer<String, String> broken) {
        if (shared == broken) {
            shared = null;
            broken.close(Duration.ZERO);
        }
    }

    private static KafkaProducer<String, String> shared;

    /** {@link #send} as {@code user}; the broker's refusal is thrown as it comes. */
    public static void sendAs(String user, String topic, String key, String value) throws Exception {
        sendWith(clientConfig(user), topic, key, value);
    }

    /** {@link #send} with these client settings, failing within about 30 s unless they set shorter timeouts. */
    public static void sendWith(Map<String, Object> clientConfig, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(clientConfig),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Object> producerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    private static ProducerRecord<String, String> record(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The test broker's address and the login of {@code user}, for any Kafka client. */
    public static Map<String, Object> clientConfig(String user) {
        Map<String, Object> config = plainConfig();
        config.putAll(KafkaUsers.clientConfig(user));
        return config;
    }

    /** The test broker's address, without logging in (the broker answers such a client nothing but the handshake). */
    public static Map<String, Object> plainConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        return config;
    }
}

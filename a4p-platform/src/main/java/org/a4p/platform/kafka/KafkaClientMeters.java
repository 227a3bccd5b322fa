package org.a4p.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Kafka clients' own metrics in /q/metrics (consumer lag per partition above all), for every client the
 * messaging connector creates. In place of Quarkus' binder ({@code quarkus.micrometer.binder.kafka.enabled=false}),
 * which binds the same meters but looks for new ones only every 60 s: a consumer's lag per partition exists only
 * once partitions are assigned, so an operator saw it up to a minute after a start or a rebalance. Here the clients
 * are re-read every {@link #REFRESH}, on one thread for all of them (Micrometer's default is a thread per client).
 */
@Singleton
public class KafkaClientMeters {

    static final Duration REFRESH = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(KafkaClientMeters.class);

    private final MeterRegistry registry;
    private final List<KafkaClientMetrics> bound = new ArrayList<>();
    private ScheduledExecutorService refresher;

    KafkaClientMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    synchronized void consumerCreated(@Observes Consumer<?, ?> consumer) {
        bind(new KafkaClientMetrics(consumer, List.of(), refresher(), REFRESH));
    }

    synchronized void producerCreated(@Observes Producer<?, ?> producer) {
        bind(new KafkaClientMetrics(producer, List.of(), refresher(), REFRESH));
    }

    synchronized void stop(@Observes ShutdownEvent stop) {
        bound.forEach(KafkaClientMetrics::close);
        bound.clear();
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private void bind(KafkaClientMetrics metrics) {
        try {
            metrics.bindTo(registry);
            bound.add(metrics);
        } catch (RuntimeException e) {
            // metrics are for operators: a client must not fail to start because its meters could not be bound
            LOG.warnf(e, "Kafka client metrics not bound");
            metrics.close();
        }
    }

    private ScheduledExecutorService refresher() {
        if (refresher == null) {
            refresher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "a4p-kafka-meters");
                thread.setDaemon(true);
                return thread;
            });
        }
        return refresher;
    }
}

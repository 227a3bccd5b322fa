package org.a4p.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * The consumers' failure strategy ({@code failure-strategy=a4p-dead-letter-poison-only}): a record is sent to
 * the dead-letter topic only when it is poison ({@link PoisonEventException}: nothing about the record can ever
 * be applied). Any other failure reaching the connector — today only a consumer stopped while it was waiting
 * out a database outage ({@link ConsumerStoppedException}) — stops the channel without committing the record's
 * offset, so the record is read again after the restart: a valid event is never dead-lettered for a fault that
 * was not its own.
 */
@Identifier(DeadLetterPoisonOnly.STRATEGY)
@ApplicationScoped
public class DeadLetterPoisonOnly implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "a4p-dead-letter-poison-only";
    private static final Logger LOG = Logger.getLogger(DeadLetterPoisonOnly.class);

    private final Instance<KafkaFailureHandler.Factory> strategies;
    private final MeterRegistry meters;

    DeadLetterPoisonOnly(@Any Instance<KafkaFailureHandler.Factory> strategies, MeterRegistry meters) {
        this.strategies = strategies;
        this.meters = meters;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetter = strategies.select(Identifier.Literal.of(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE))
                .get().create(config, vertx, consumer, reportFailure);
        Counter deadLettered = meters.counter("a4p.events.dead.lettered", "channel", config.getChannel());
        return handler(config.getChannel(), deadLetter, deadLettered::increment, reportFailure);
    }

    static KafkaFailureHandler handler(String channel, KafkaFailureHandler deadLetter, Runnable onDeadLetter,
                                       BiConsumer<Throwable, Boolean> reportFailure) {
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (isPoison(reason)) {
                    onDeadLetter.run();
                    return deadLetter.handle(record, reason, metadata);
                }
                LOG.warnf("%s: stopping without committing a record that is not poison (%s); it is read again after a restart",
                        channel, reason.toString());
                reportFailure.accept(reason, true);
                return Uni.createFrom().failure(reason);
            }

            @Override
            public void terminate() {
                deadLetter.terminate();
            }
        };
    }

    static boolean isPoison(Throwable reason) {
        for (Throwable c = reason; c != null; c = c.getCause()) {
            if (c instanceof ConsumerStoppedException) {
                return false;
            }
            if (c instanceof PoisonEventException) {
                return true;
            }
        }
        return false;
    }
}

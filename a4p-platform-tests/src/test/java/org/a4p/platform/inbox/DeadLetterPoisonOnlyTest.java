package org.a4p.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures reach the dead-letter topic: poison only; a stopped consumer's record stays uncommitted. */
class DeadLetterPoisonOnlyTest {

    private final List<Throwable> deadLettered = new ArrayList<>();
    private final List<Throwable> channelFailures = new ArrayList<>();

    private final KafkaFailureHandler handler = DeadLetterPoisonOnly.handler("test-in", new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(reason);
            return Uni.createFrom().voidItem();
        }
    }, () -> { }, (reason, fatal) -> channelFailures.add(reason));

    @Test
    void poisonIsDeadLettered() {
        handler.handle(null, new PoisonEventException("not a CloudEvent"), Metadata.empty()).await().indefinitely();

        assertThat(deadLettered).hasSize(1);
        assertThat(channelFailures).isEmpty();
    }

    @Test
    void aConsumerStoppedDuringAnOutageIsNotDeadLetteredAndFailsTheChannel() {
        var stopped = new ConsumerStoppedException("stopped while waiting", null);

        assertThatThrownBy(() -> handler.handle(null, stopped, Metadata.empty()).await().indefinitely()).isSameAs(stopped);
        assertThat(deadLettered).isEmpty();
        assertThat(channelFailures).containsExactly(stopped);
    }

    @Test
    void anUnexpectedFailureIsNotDeadLetteredEither() {
        var bug = new IllegalStateException("a bug, not the record's fault");

        assertThatThrownBy(() -> handler.handle(null, bug, Metadata.empty()).await().indefinitely()).isSameAs(bug);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void poisonWrappedByTheFrameworkIsStillPoison() {
        assertThat(DeadLetterPoisonOnly.isPoison(new RuntimeException(new PoisonEventException("bad data")))).isTrue();
        assertThat(DeadLetterPoisonOnly.isPoison(new ConsumerStoppedException("x", new PoisonEventException("y")))).isFalse();
    }
}

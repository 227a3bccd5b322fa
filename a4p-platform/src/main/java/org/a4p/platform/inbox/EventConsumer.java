package org.a4p.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.platform.db.DatabaseErrors;
import org.a4p.platform.time.Pause;
import org.a4p.platform.tracing.TraceParent;
import org.jboss.logging.Logger;

import java.util.Map;


/**
 * The one way services apply incoming events: parse and check the CloudEvent, its source included (poison
 * records are dead-lettered), then, in one transaction, record the event id in the inbox and apply it — or skip
 * it if this consumer has applied it before. Database outages are waited out, however long they last (readiness
 * is DOWN meanwhile: the datasource check), so a record is only dead-lettered for what is wrong with the record
 * itself. Stopped while waiting, the consumer leaves the record uncommitted ({@link DeadLetterPoisonOnly}).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    /**
     * Events are read tolerantly even where the service's JSON is strict (fail-on-unknown-properties):
     * CloudEvents may carry extension attributes, and a producer may add data fields within a .v1 type.
     */
    private final ObjectMapper tolerant;
    private final Inbox inbox;
    private final AgroalDataSource database;
    private volatile boolean stopping;

    private final MeterRegistry meters;

    private final Tracer tracer;

    EventConsumer(ObjectMapper mapper, Inbox inbox, AgroalDataSource database, MeterRegistry meters, Tracer tracer) {
        this.tolerant = mapper.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.inbox = inbox;
        this.database = database;
        this.meters = meters;
        this.tracer = tracer;
    }

    @FunctionalInterface
    public interface Handler {
        void apply(CloudEvent event) throws Exception;
    }

    /** Parses a record value as a CloudEvent; a {@link PoisonEventException} if it is not one. */
    public CloudEvent parse(String payload) {
        if (payload == null) {
            throw new PoisonEventException("record has no value");
        }
        CloudEvent event;
        try {
            event = tolerant.readValue(payload, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("record is not a CloudEvent: " + e.getOriginalMessage(), e);
        }
        if (event == null || !event.isComplete()) {
            throw new PoisonEventException("CloudEvent lacks required attributes (specversion 1.0, id, source, type, subject, time, data)");
        }
        String owner = owner(event.type());
        if (!owner.equals(event.source()) && !(owner.isEmpty() && OWNERS.containsValue(event.source()))) {
            throw new PoisonEventException(event.type() + " " + event.id() + " comes from " + event.source()
                    + ", not from " + (owner.isEmpty() ? "an A4P service" : owner) + ": refused");
        }
        return event;
    }

    /**
     * Each family of event types has one producer, the owner of the topic that carries it. Kafka's ACLs let
     * only that service write there; this check keeps a forged event out even if they were loosened.
     */
    private static final Map<String, String> OWNERS = Map.of(
            "org.a4p.recommendation.", EventTypes.SOURCE_RECOMMENDATIONS,
            "org.a4p.stakeholder.", EventTypes.SOURCE_STAKEHOLDERS,
            "org.a4p.session.", EventTypes.SOURCE_STAKEHOLDERS,
            "org.a4p.notification.", EventTypes.SOURCE_NOTIFICATIONS);

    /** The source allowed to emit {@code type}; empty for a family no consumer applies (skipped as unknown). */
    static String owner(String type) {
        return OWNERS.entrySet().stream().filter(e -> type.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    /** Reads the event's data as the given record type; a {@link PoisonEventException} if it does not fit. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return tolerant.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " does not fit " + type.getSimpleName(), e);
        }
    }

    /**
     * Applies the record once for {@code consumer}.
     *
     * @return true if applied now, false if it was a duplicate
     */
    public boolean consume(String consumer, String payload, Handler handler) {
        CloudEvent event = parse(payload);
        // The event's own trace (the request that caused it) continues here: what the handler writes — delivery rows,
        // further outbox events — carries the same trace id.
        Span span = tracer.spanBuilder(consumer + " " + event.type()).setParent(TraceParent.parentContext(event.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.message.id", event.id()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return consume(consumer, event, handler);
        } finally {
            span.end();
        }
    }

    /**
     * Applies the record once for {@code consumer}, read from {@code topic}: the type must belong on the topic and
     * its data must pass {@link EventChecks}, else it is poison; then the handler's method for the type runs.
     *
     * @return true if applied now, false if it was a duplicate
     */
    public boolean consume(String consumer, String topic, String payload, EventHandler handler) {
        return consume(consumer, payload, event -> dispatch(topic, event, handler));
    }

    void dispatch(String topic, CloudEvent event, EventHandler handler) {
        EventChecks.requireOnTopic(topic, event);
        switch (event.type()) {
            case EventTypes.RECOMMENDATION_UPSERTED ->
                    handler.recommendationUpserted(event, EventChecks.checked(event, data(event, RecommendationUpserted.class)));
            case EventTypes.RECOMMENDATION_STATUS_CHANGED ->
                    handler.recommendationStatusChanged(event, EventChecks.checked(event, data(event, RecommendationStatusChanged.class)));
            case EventTypes.RECOMMENDATION_POSITION_CHANGED ->
                    handler.recommendationPositionChanged(event, EventChecks.checked(event, data(event, RecommendationPositionChanged.class)));
            case EventTypes.STAKEHOLDER_UPSERTED ->
                    handler.stakeholderUpserted(event, EventChecks.checked(event, data(event, StakeholderUpserted.class)));
            case EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED ->
                    handler.sessionScheduledOrChanged(event, EventChecks.checked(event, data(event, SessionEvent.class)));
            case EventTypes.SESSION_CANCELLED ->
                    handler.sessionCancelled(event, EventChecks.checkedCancellation(event, data(event, SessionEvent.class)));
            case EventTypes.SESSION_OUTCOME_RECORDED ->
                    handler.sessionOutcomeRecorded(event, EventChecks.checked(event, data(event, SessionOutcomeRecorded.class)));
            // a type a4p-events puts on a consumed topic without a case here: a mistake of this code, not of the record
            default -> throw new IllegalStateException("EventTypes.BY_TOPIC lists " + event.type() + " but EventConsumer has no case for it");
        }
        handler.applied(topic, event);
    }

    private boolean consume(String consumer, CloudEvent event, Handler handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event.id())) {
                        LOG.debugf("%s: skipping duplicate event %s", consumer, event.id());
                        return false;
                    }
                    handler.apply(event);
                    return true;
                });
                meters.counter("a4p.events.consumed", "consumer", consumer, "type", event.type(),
                        "outcome", applied ? "applied" : "duplicate").increment();
                return applied;
            } catch (PoisonEventException | ConsumerStoppedException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!DatabaseErrors.isOutage(e, database)) {
                    throw new PoisonEventException(consumer + " could not apply " + event.type() + " " + event.id()
                            + ": " + e.getMessage(), e);
                }
                LOG.warnf("%s: database unavailable while applying %s (attempt %d), retrying", consumer, event.id(), attempt);
                meters.counter("a4p.events.database.waits", "consumer", consumer).increment();
                pause(Math.min(MAX_BACKOFF_MS, 200L * attempt), consumer, event);
            }
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
    }

    private void pause(long ms, String consumer, CloudEvent event) {
        if (!Pause.sleep(ms, () -> stopping)) {
            stopping = true;
        }
        if (stopping) {
            throw new ConsumerStoppedException(consumer + " stopped while waiting for the database to apply " + event.id(), null);
        }
    }
}

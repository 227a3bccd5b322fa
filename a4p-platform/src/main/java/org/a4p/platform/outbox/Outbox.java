package org.a4p.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventSchemas;
import org.a4p.platform.db.Db;
import org.a4p.platform.tracing.TraceParent;
import org.a4p.platform.transaction.AfterCommit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's transaction, so the event exists if and
 * only if the change it announces was committed. Nothing here talks to Kafka: {@link OutboxRelay}
 * publishes committed rows, and is woken the moment this transaction commits. The event carries the trace context of
 * the request that caused it ({@link TraceParent}), so its consumers continue that trace.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already notifies and wakes the relays. */
    private static final Object NOTIFIED = new Object();

    private final Db db;
    private final ObjectMapper mapper;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(Db db, ObjectMapper mapper, AfterCommit afterCommit,
           OutboxRelay relay, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.db = db;
        this.mapper = mapper;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.clock = clock;
    }

    /** One event to record: its topic and record key, CloudEvent source, type and subject, and its data. */
    public record Message(String topic, String key, String source, String type, String subject, Object data) {
    }

    /**
     * Records one CloudEvent for {@code topic} with the given key. Must run in the transaction that
     * makes the change; calling it outside one is a programming error.
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(String topic, String key, String source, String type, String subject, Object data) {
        return publishAll(List.of(new Message(topic, key, source, type, subject, data))).get(0);
    }

    /**
     * Records the events in the order given (the relay publishes them in that order), in one statement: a sender
     * that records 500 outcomes in a transaction writes their events in one round trip, not 500.
     *
     * @return the event ids, in the same order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publishAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String trace = TraceParent.current().orElse(null);
        int n = messages.size();
        String[] ids = new String[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        try {
            for (int i = 0; i < n; i++) {
                Message m = messages.get(i);
                ids[i] = UUID.randomUUID().toString();
                topics[i] = m.topic();
                keys[i] = m.key();
                types[i] = m.type();
                payloads[i] = mapper.writeValueAsString(new CloudEvent(CloudEvent.SPEC_VERSION, ids[i], m.source(), m.type(),
                        m.subject(), now, "application/json", EventSchemas.uri(m.type()), mapper.valueToTree(m.data()), trace));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write an outbox event", e);
        }
        db.update("""
                INSERT INTO outbox_event (id, topic, record_key, type, payload)
                SELECT id::uuid, topic, record_key, type, payload
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     WITH ORDINALITY AS m(id, topic, record_key, type, payload, n)
                ORDER BY n""", ids, topics, keys, types, payloads);
        if (transactions.getResource(NOTIFIED) == null) {
            // Delivered at commit, to every replica's relay (only the one holding the relay lock publishes): another
            // replica's write does not wait for the poll interval. Once per transaction is enough.
            db.query("SELECT pg_notify('" + OutboxRelay.CHANNEL + "', '')", rs -> Boolean.TRUE);
            transactions.putResource(NOTIFIED, Boolean.TRUE);
            // the latency of an event is then one Kafka round trip, not a poll interval
            afterCommit.run(relay::wake);
        }
        return List.of(ids);
    }
}

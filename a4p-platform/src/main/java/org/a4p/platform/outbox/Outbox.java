package org.a4p.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventSchemas;
import org.a4p.platform.tracing.TraceParent;
import org.a4p.platform.transaction.AfterCommit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes an event into the outbox table inside the caller's transaction, so the event exists if and
 * only if the change it announces was committed. Nothing here talks to Kafka: {@link OutboxRelay}
 * publishes committed rows, and is woken the moment this transaction commits. The event carries the trace context of
 * the request that caused it ({@link TraceParent}), so its consumers continue that trace.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final Clock clock;

    Outbox(AgroalDataSource dataSource, ObjectMapper mapper, AfterCommit afterCommit,
           OutboxRelay relay, Clock clock) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Records one CloudEvent for {@code topic} with the given key. Must run in the transaction that
     * makes the change; calling it outside one is a programming error.
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(String topic, String key, String source, String type, String subject, Object data) {
        String id = UUID.randomUUID().toString();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type, subject,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                "application/json", EventSchemas.uri(type), mapper.valueToTree(data), TraceParent.current().orElse(null));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO outbox_event (id, topic, record_key, type, payload) VALUES (?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.fromString(id));
            ps.setString(2, topic);
            ps.setString(3, key);
            ps.setString(4, type);
            ps.setString(5, mapper.writeValueAsString(event));
            ps.executeUpdate();
            // Delivered at commit, to every replica's relay (only the one holding the relay lock publishes): another
            // replica's write does not wait for the poll interval.
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + OutboxRelay.CHANNEL + "', '')")) {
                notify.execute();
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write outbox event " + type, e);
        }
        // the latency of an event is then one Kafka round trip, not a poll interval
        afterCommit.run(relay::wake);
        return id;
    }
}

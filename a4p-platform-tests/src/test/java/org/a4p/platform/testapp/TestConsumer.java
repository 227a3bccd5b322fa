package org.a4p.platform.testapp;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.platform.inbox.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer as the services write them; counts deliveries per event id so a test knows a duplicate was seen. */
@ApplicationScoped
public class TestConsumer {

    private final EventConsumer events;
    private final AgroalDataSource database;
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    private final Map<String, String> traces = new ConcurrentHashMap<>();

    TestConsumer(EventConsumer events, AgroalDataSource database) {
        this.events = events;
        this.database = database;
    }

    @Incoming("platform-in")
    public void consume(String payload) {
        String id = events.parse(payload).id();
        events.consume("platform-test", payload, event -> {
            traces.put(event.id(), io.opentelemetry.api.trace.Span.current().getSpanContext().getTraceId());
            try (Connection c = database.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO applied_event (event_id) VALUES (?)")) {
                ps.setString(1, event.id());
                ps.executeUpdate();
            }
        });
        handled.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The trace id that was current while the event was applied. */
    public String traceId(String eventId) {
        return traces.get(eventId);
    }

    /** How many deliveries of this event id the consumer has finished (applied or skipped as a duplicate). */
    public int handled(String eventId) {
        AtomicInteger n = handled.get(eventId);
        return n == null ? 0 : n.get();
    }
}

package org.a4p.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.platform.outbox.Outbox;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Writes outbox events the way a service does: in the transaction of its change. */
@ApplicationScoped
public class TestEvents {

    public static final String TOPIC = "recommendation-events";

    private final Outbox outbox;

    TestEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public String publish(String key, int n) {
        return outbox.publish(TOPIC, key, "/a4p/platform-test", "org.a4p.test.v1", key, Map.of("n", n));
    }

    /** Events 0..count-1 of {@code key}, recorded together in one transaction. */
    @Transactional
    public List<String> publishAll(String key, int count) {
        return outbox.publishAll(IntStream.range(0, count)
                .mapToObj(n -> new Outbox.Message(TOPIC, key, "/a4p/platform-test", "org.a4p.test.v1", key, Map.of("n", n)))
                .toList());
    }
}

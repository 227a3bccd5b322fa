package org.a4p.platform.inbox;

import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;

import java.util.Arrays;
import java.util.List;

/**
 * The checks every consumer makes before applying an event, in one place: a type the topic does not carry, or data
 * that lacks what its type promises, is poison ({@link PoisonEventException}: dead-lettered, the consumer goes on).
 */
public final class EventChecks {

    private EventChecks() {
    }

    /** A type the topic does not carry (the design's events table) is poison, whoever wrote it there. */
    public static void requireOnTopic(String topic, CloudEvent event) {
        if (!EventTypes.BY_TOPIC.getOrDefault(topic, List.of()).contains(event.type())) {
            throw new PoisonEventException(event.type() + " " + event.id() + " does not belong on " + topic);
        }
    }

    /** Poison unless {@code ok}; {@code what} names what the data lacks. */
    public static void require(CloudEvent event, boolean ok, String what) {
        if (!ok) {
            throw new PoisonEventException(event.type() + " " + event.id() + " lacks " + what);
        }
    }

    /** Whether {@code code} is the name of one of {@code codes} (an a4p-events enum). */
    public static boolean isOneOf(String code, Enum<?>[] codes) {
        return code != null && Arrays.stream(codes).anyMatch(c -> c.name().equals(code));
    }
}

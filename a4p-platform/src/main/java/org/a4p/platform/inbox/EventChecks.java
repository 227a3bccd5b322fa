package org.a4p.platform.inbox;

import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcome;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;

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

    // What each event's data must carry, the same in every consumer: an event one service applies is never poison
    // to another. Each returns the data, checked.

    public static RecommendationUpserted checked(CloudEvent event, RecommendationUpserted r) {
        require(event, r.number() > 0 && r.area() != null && isOneOf(r.status(), RecommendationStatus.values()),
                "number, area and a lifecycle status");
        return r;
    }

    public static RecommendationStatusChanged checked(CloudEvent event, RecommendationStatusChanged c) {
        require(event, c.number() > 0 && isOneOf(c.newStatus(), RecommendationStatus.values()) && c.changedAt() != null,
                "number, a lifecycle newStatus and changedAt");
        return c;
    }

    public static RecommendationPositionChanged checked(CloudEvent event, RecommendationPositionChanged c) {
        require(event, c.number() > 0 && isCode(c.stakeholder()) && isOneOf(c.change(), PositionChangeKind.values())
                        && isOneOf(c.acceptance(), PositionAcceptance.values())
                        && isOneOf(c.implementation(), PositionImplementation.values()) && c.changedAt() != null,
                "number, stakeholder, change, acceptance, implementation and changedAt");
        return c;
    }

    public static StakeholderUpserted checked(CloudEvent event, StakeholderUpserted s) {
        require(event, s.code() != null && !s.code().isBlank(), "code");
        return s;
    }

    /** A scheduled or changed session; a cancellation needs its id alone ({@link #checkedCancellation}). */
    public static SessionEvent checked(CloudEvent event, SessionEvent s) {
        require(event, s.id() != null && s.body() != null && s.startsOn() != null, "id, body and startsOn");
        return s;
    }

    public static SessionEvent checkedCancellation(CloudEvent event, SessionEvent s) {
        require(event, s.id() != null, "id");
        return s;
    }

    public static SessionOutcomeRecorded checked(CloudEvent event, SessionOutcomeRecorded o) {
        require(event, o.id() != null && !o.id().isBlank() && o.body() != null && !o.body().isBlank()
                        && isOneOf(o.outcome(), SessionOutcome.values()) && o.recordedAt() != null && o.version() > 0,
                "id, body, a known outcome, recordedAt and a version");
        return o;
    }

    private static boolean isCode(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9_]{0,63}");
    }
}

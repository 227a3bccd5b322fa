package org.a4p.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One dispatch for every consumer: the type must belong on the topic it came from, its data must pass
 * {@link EventChecks}, and only then does the service's method for that type run, followed by {@code applied}.
 */
class EventDispatchTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-03T07:00:00Z");
    private final EventConsumer consumer = new EventConsumer(new ObjectMapper().findAndRegisterModules(), null, null, null, null);
    private final List<String> calls = new ArrayList<>();

    private final EventHandler recording = new EventHandler() {
        @Override
        public void stakeholderUpserted(CloudEvent event, StakeholderUpserted data) {
            calls.add("stakeholder " + data.code());
        }

        @Override
        public void sessionCancelled(CloudEvent event, SessionEvent data) {
            calls.add("cancelled " + data.id());
        }

        @Override
        public void applied(String topic, CloudEvent event) {
            calls.add("applied " + event.id());
        }
    };

    private static CloudEvent event(String type, ObjectNode data) {
        return new CloudEvent("1.0", "e-" + type, EventTypes.SOURCE_STAKEHOLDERS, type, "subject", AT, "application/json", data);
    }

    private static ObjectNode json(String... fieldsAndValues) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            node.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return node;
    }

    @Test
    void eachTypeReachesItsOwnMethodWithItsDataThenApplied() {
        consumer.dispatch(Topics.STAKEHOLDER_EVENTS, event(EventTypes.STAKEHOLDER_UPSERTED, json("code", "MEMBER_STATES")), recording);
        // a cancellation needs its id alone
        consumer.dispatch(Topics.STAKEHOLDER_EVENTS, event(EventTypes.SESSION_CANCELLED, json("id", "c34-2027")), recording);
        assertThat(calls).containsExactly("stakeholder MEMBER_STATES", "applied e-" + EventTypes.STAKEHOLDER_UPSERTED,
                "cancelled c34-2027", "applied e-" + EventTypes.SESSION_CANCELLED);
    }

    @Test
    void aTypeTheServiceDoesNotUseIsCheckedThenLeftToTheDefault() {
        consumer.dispatch(Topics.STAKEHOLDER_EVENTS, event(EventTypes.SESSION_SCHEDULED,
                json("id", "c34-2027", "body", "C34", "startsOn", "2027-02-16")), recording);
        assertThat(calls).containsExactly("applied e-" + EventTypes.SESSION_SCHEDULED);

        // the same type without what its data must carry is poison, though this service would not use it
        assertThatThrownBy(() -> consumer.dispatch(Topics.STAKEHOLDER_EVENTS, event(EventTypes.SESSION_SCHEDULED,
                json("id", "c34-2027")), recording)).isInstanceOf(PoisonEventException.class).hasMessageContaining("startsOn");
    }

    @Test
    void aTypeOffItsTopicOrDataThatFailsItsChecksIsPoisonAndNothingRuns() {
        assertThatThrownBy(() -> consumer.dispatch(Topics.RECOMMENDATION_EVENTS,
                event(EventTypes.STAKEHOLDER_UPSERTED, json("code", "MEMBER_STATES")), recording))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("does not belong on");
        assertThatThrownBy(() -> consumer.dispatch(Topics.STAKEHOLDER_EVENTS,
                event(EventTypes.STAKEHOLDER_UPSERTED, json("name", "no code")), recording))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("lacks code");
        assertThat(calls).isEmpty();
        // a field the record does not know is tolerated: a producer may add one within a .v1 type
        consumer.dispatch(Topics.STAKEHOLDER_EVENTS, event(EventTypes.STAKEHOLDER_UPSERTED, json("code", "X", "added", "y")), recording);
        assertThat(calls).containsExactly("stakeholder X", "applied e-" + EventTypes.STAKEHOLDER_UPSERTED);
    }
}

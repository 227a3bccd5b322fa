package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events with the right source that must still change nothing: a status change that is not newer than what the
 * read model holds (a replay, or a forged older version), and a type written to a topic that does not carry it.
 * The records are written by the tests' admin principal, which the broker lets write anywhere. Each check ends
 * with a genuine event on the same key (same partition, so read after the one under test) to prove it was read.
 */
@QuarkusTest
class EventGuardsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aStatusChangeThatIsNotNewerAlertsNobodyAndChangesNothing() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribeToRecommendation("Mission G", receiver.url(), n);
            Events.Sent five = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 5).send();
            await().atMost(WAIT).until(() -> receiver.received(five.id()).size() == 1);

            Events.Sent older = Events.statusChanged(n, "UNDER_CONSIDERATION", "IMPLEMENTED", 4).send();
            Events.Sent sameVersion = Events.statusChanged(n, "UNDER_CONSIDERATION", "STALLED", 5).send();
            Events.Sent six = Events.statusChanged(n, "UNDER_CONSIDERATION", "ACCEPTED", 6).send();
            await().atMost(WAIT).until(() -> receiver.received(six.id()).size() == 1);

            assertThat(receiver.received(older.id())).isEmpty();
            assertThat(receiver.received(sameVersion.id())).isEmpty();
            assertThat(receiver.received()).hasSize(2);
            for (Events.Sent stale : List.of(older, sameVersion)) {
                assertThat(Sql.number("notifications", "SELECT count(*) FROM status_change WHERE event_id = ?", stale.id()))
                        .as("stale change kept out of the history briefings show").isZero();
                assertThat(Sql.number("notifications", "SELECT count(*) FROM notification WHERE id = ?", stale.id())).isZero();
            }
            assertThat(Sql.single("notifications", "SELECT status FROM recommendation WHERE number = ?", n)).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void aTypeThatDoesNotBelongOnTheTopicIsDeadLetteredNotApplied() {
        int n = Events.freshNumber();
        String code = Events.fresh("MISPLACED");
        // a genuine stakeholder event from its genuine source, but on recommendation-events
        Events.Sent misplaced = Events.event(Topics.RECOMMENDATION_EVENTS, String.valueOf(n), EventTypes.SOURCE_STAKEHOLDERS,
                EventTypes.STAKEHOLDER_UPSERTED, "stakeholders/" + code,
                new StakeholderUpserted(code, "Misplaced", "BODY", "MEMBER_STATES", null, false)).send();
        recommendation(n, "POLITICS", List.of("MEMBER_STATES"));

        assertThat(Sql.number("notifications", "SELECT count(*) FROM stakeholder WHERE code = ?", code)).isZero();
        var dead = KafkaTopics.readAll(Topics.deadLetter(Topics.RECOMMENDATION_EVENTS), WAIT,
                records -> records.stream().anyMatch(r -> r.value().contains(misplaced.id())));
        assertThat(dead).filteredOn(r -> r.value().contains(misplaced.id())).singleElement().satisfies(r ->
                assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("does not belong on " + Topics.RECOMMENDATION_EVENTS));
    }
}

package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.Topics;
import org.a4p.infra.KafkaUsers;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Tokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A status change written to recommendation-events by anyone but recommendations-service never becomes a
 * webhook. The broker's ACLs refuse such a writer; here they are loosened on purpose (notifications-service's
 * principal may write the topic for the length of the test) to show that the consumer refuses the event too:
 * its CloudEvents source is not the topic's owner, so it is dead-lettered, never applied.
 */
@QuarkusTest
class ForgedEventTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anEventFromAnotherSourceIsDeadLetteredAndNeverBecomesAWebhook() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        AclBinding loosened = new AclBinding(
                new ResourcePattern(ResourceType.TOPIC, Topics.RECOMMENDATION_EVENTS, PatternType.LITERAL),
                new AccessControlEntry("User:" + KafkaUsers.NOTIFICATIONS, "*", AclOperation.WRITE, AclPermissionType.ALLOW));
        try (WebhookReceiver receiver = WebhookReceiver.start();
             Admin admin = Admin.create(KafkaTopics.clientConfig(KafkaUsers.ADMIN))) {
            String id = subscribeToRecommendation("Mission F", receiver.url(), n).getString("id");
            Events.Sent forged = Events.event(Topics.RECOMMENDATION_EVENTS, String.valueOf(n), EventTypes.SOURCE_NOTIFICATIONS,
                    EventTypes.RECOMMENDATION_STATUS_CHANGED, "recommendations/" + n,
                    new RecommendationStatusChanged(n, "STALLED", "IMPLEMENTED", "forged", null, "intruder",
                            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), 2));
            admin.createAcls(List.of(loosened)).all().get();
            try {
                await().atMost(WAIT).ignoreExceptions().until(() -> {
                    KafkaTopics.sendAs(KafkaUsers.NOTIFICATIONS, forged.topic(), forged.key(), forged.json());
                    return true;
                });
            } finally {
                admin.deleteAcls(List.of(loosened.toFilter())).all().get();
            }
            // the genuine change behind it (same key, same partition) is delivered: the forged one was read before it
            Events.Sent genuine = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 3);
            KafkaTopics.sendAs(KafkaUsers.RECOMMENDATIONS, genuine.topic(), genuine.key(), genuine.json());
            await().atMost(WAIT).until(() -> receiver.received(genuine.id()).size() == 1);

            assertThat(receiver.received(forged.id())).isEmpty();
            assertThat(receiver.received()).hasSize(1);
            given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + id + "/deliveries").then()
                    .statusCode(200).body("size()", equalTo(1)).body("[0].eventId", equalTo(genuine.id()));
            var dead = KafkaTopics.readAll(Topics.deadLetter(Topics.RECOMMENDATION_EVENTS), WAIT,
                    records -> records.stream().anyMatch(r -> r.value().contains(forged.id())));
            assertThat(dead).filteredOn(r -> r.value().contains(forged.id())).singleElement().satisfies(r ->
                    assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                            .contains(EventTypes.SOURCE_NOTIFICATIONS));
        }
    }
}

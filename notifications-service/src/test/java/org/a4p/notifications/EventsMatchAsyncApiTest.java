package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * Every event this service has put on notification-events fits the AsyncAPI document it serves: one delivery
 * delivered, one failed on a 4xx (an HTTP status, no error) and one failed unreachable (an error, no HTTP status), each
 * for a status change and for a position change (made here, so the check does not depend on which classes ran before).
 */
@QuarkusTest
class EventsMatchAsyncApiTest {

    @Test
    void every_produced_event_fits_the_served_asyncapi_document() {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("SECRETARIAT"));
        try (WebhookReceiver ok = WebhookReceiver.start(); WebhookReceiver gone = WebhookReceiver.start().answer(410, 410)) {
            List<String> subscriptions = List.of(ok.url(), gone.url(), WebhookReceiver.deadUrl()).stream()
                    .map(target -> subscribeToRecommendation("AsyncAPI check", target, n).getString("id"))
                    .toList();
            Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            String body = Events.fresh("BODY");
            Events.stakeholder(body, "BODY", "SECRETARIAT").send();
            Events.positionChanged(n, body, "SET", "ACCEPTED", "IN_PROGRESS", null, 0, 3).send();
            List<String> outcomes = List.of("DELIVERED", "FAILED", "FAILED");
            for (int i = 0; i < subscriptions.size(); i++) {
                String id = subscriptions.get(i);
                String status = outcomes.get(i);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Fixtures.deliveries(id).statusCode(200)
                        .body("type", containsInAnyOrder(EventTypes.RECOMMENDATION_STATUS_CHANGED, EventTypes.RECOMMENDATION_POSITION_CHANGED))
                        .body("status", everyItem(equalTo(status))));
            }
        }

        AsyncApiContract contract = AsyncApiContract.served();
        contract.assertServedAsYamlAndJson();
        contract.assertEveryEventFits(Topics.NOTIFICATION_EVENTS, EventTypes.BY_TOPIC.get(Topics.NOTIFICATION_EVENTS));
    }
}

package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The receiver answers 2xx while PostgreSQL is down, so the outcome cannot be recorded then. The
 * sender must keep it and record it once the database is back: the delivery ends DELIVERED after one
 * request, well before the claim's lease (1 minute) would have made it due — and re-sent — again.
 */
@QuarkusTest
class OutcomeAcrossDatabaseRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void outcomeAnsweredWhileTheDatabaseIsDownIsRecordedOnceItIsBackAndNotSentAgain() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PARTNERSHIPS", List.of("FIELD_MISSIONS"));
        CountDownLatch answer = new CountDownLatch(1);
        try (WebhookReceiver receiver = WebhookReceiver.start().holdAnswersUntil(answer)) {
            String id = subscribeToRecommendation("Mission R", receiver.url(), n).getString("id");
            Events.Sent event = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            await().atMost(WAIT).until(() -> receiver.received(event.id()).size() == 1);

            warmPool(id); // several pooled connections, all of which the restart kills
            TestInfra.stopPostgres();
            try {
                answer.countDown(); // 200 now, with nowhere to record it
                Thread.sleep(3_000);
            } finally {
                TestInfra.startPostgres();
            }
            // the first requests after the restart are answered, none on a dead pooled connection
            assertThat(parallelReads(id)).containsOnly(200);

            await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", Tokens.secretariat())
                    .get("/subscriptions/" + id + "/deliveries").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].status", equalTo("DELIVERED"))
                    .body("[0].attemptCount", equalTo(1)).body("[0].attempts[0].httpStatus", equalTo(200)));
            assertThat(receiver.received(event.id())).hasSize(1);
            var outcomes = StatusChangeWebhookTest.outcomeEvents(id);
            assertThat(outcomes).hasSize(1);
            assertThat(outcomes.get(0).get("type").asText()).isEqualTo(EventTypes.NOTIFICATION_DELIVERED);
        }
    }

    private static void warmPool(String id) throws Exception {
        assertThat(parallelReads(id)).containsOnly(200);
        Thread.sleep(1_500); // idle for a moment, as a quiet production service would be
    }

    /** Twelve concurrent database-backed reads: they need about as many pooled connections at once. */
    private static List<Integer> parallelReads(String id) throws Exception {
        var pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> given().header("Authorization", Tokens.secretariat())
                        .get("/subscriptions/" + id + "/deliveries").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.a4p.stakeholders;

import org.a4p.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionEvent;
import org.a4p.testing.TestInfra;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Events follow commits: in commit order for one session, and even when the broker was down at the time. */
@QuarkusTest
class SessionEventDeliveryTest {

    @Test
    void concurrentChangesToOneSessionArePublishedInCommitOrder() {
        String id = create("Concurrent edits " + UUID.randomUUID());
        List<CompletableFuture<Integer>> puts = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                        .body(TestData.session("C34", "Concurrent edit " + i, "2026-11-02", "2026-11-0" + (3 + i), false))
                        .when().put("/sessions/{id}", id).then().extract().statusCode())).toList();
        assertThat(puts.stream().map(CompletableFuture::join)).containsOnly(200);

        List<Events.Received> events = Events.about("sessions/" + id, 7);
        assertThat(Events.types(events)).hasSize(7).startsWith(EventTypes.SESSION_SCHEDULED)
                .containsOnlyOnce(EventTypes.SESSION_SCHEDULED);
        // the last event is the state that was committed last, i.e. the state the API serves now
        Map<String, Object> now = given().when().get("/sessions/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
        SessionEvent last = Events.JSON.convertValue(events.get(6).event().data(), SessionEvent.class);
        assertThat(last.title()).isEqualTo(now.get("title"));
        assertThat(last.endsOn()).hasToString((String) now.get("endsOn"));
    }

    @Test
    void aSessionScheduledWhileKafkaIsDownIsPublishedWhenItIsBack() {
        String id;
        TestInfra.stopKafka();
        try {
            // the write does not depend on the broker: the event waits in the outbox
            id = create("Scheduled during a broker outage " + UUID.randomUUID());
        } finally {
            TestInfra.startKafka();
        }
        assertThat(Events.types(Events.about("sessions/" + id, 1))).containsExactly(EventTypes.SESSION_SCHEDULED);
    }

    private static String create(String title) {
        return TestData.newSession("C34", title, "2026-11-02", "2026-11-03");
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.a4p.events.EventTypes;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Writes succeed while the broker is down; their events go out, once each and in order, when it is back. */
@QuarkusTest
class KafkaOutageTest {

    @Test
    void statusChangesMadeWhileKafkaIsDownArePublishedOnceInOrderWhenItIsBack() {
        int number = Fixtures.createRecommendation("Outage");
        List<String> ids = new ArrayList<>();
        TestInfra.stopKafka();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503));
            for (String status : LifecycleTest.WALK) {
                given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                        .body(Map.of("status", status, "note", "while Kafka is down"))
                        .when().post("/recommendations/" + number + "/status")
                        .then().statusCode(200);
            }
            given().when().get("/recommendations/" + number + "/history").then().statusCode(200)
                    .body("size()", org.hamcrest.Matchers.equalTo(LifecycleTest.WALK.size()));
        } finally {
            TestInfra.startKafka();
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));

        List<JsonNode> events = Fixtures.events(number, EventTypes.RECOMMENDATION_STATUS_CHANGED, LifecycleTest.WALK.size());
        events.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).as("each event exactly once").doesNotHaveDuplicates().hasSize(LifecycleTest.WALK.size());
        assertThat(events.stream().map(e -> e.get("data").get("newStatus").asText()).toList())
                .as("in the order of the changes").containsExactlyElementsOf(LifecycleTest.WALK);
        assertThat(events.stream().map(e -> e.get("data").get("version").asLong()).toList()).isSorted();
    }
}

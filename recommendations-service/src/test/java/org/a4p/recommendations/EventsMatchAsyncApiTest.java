package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.AsyncApiContract;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Every event this service has put on recommendation-events (the first-start snapshot and the changes made here)
 * fits the AsyncAPI document it serves: envelope, data, key and headers.
 */
@QuarkusTest
class EventsMatchAsyncApiTest {

    @Test
    void every_produced_event_fits_the_served_asyncapi_document() {
        int number = Fixtures.createRecommendation("AsyncAPI");
        Fixtures.changeStatus(number, "UNDER_CONSIDERATION", null);
        Fixtures.changeStatus(number, "ACCEPTED", "with a note");
        PositionsTest.put(number, "SECRETARIAT", null, Map.of("acceptance", "ACCEPTED", "implementation", "IN_PROGRESS",
                "evidence", List.of(Map.of("symbol", "A/77/19", "url", "https://undocs.org/en/A/77/19")))).statusCode(200);
        PositionsTest.put(number, "MEMBER_STATES", null, PositionsTest.position("PENDING", "NOT_STARTED")).statusCode(201);
        given().header("Authorization", Tokens.secretariat())
                .delete("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(204);

        AsyncApiContract contract = AsyncApiContract.served();
        contract.assertServedAsYamlAndJson();
        contract.assertEveryEventFits(Topics.RECOMMENDATION_EVENTS, EventTypes.BY_TOPIC.get(Topics.RECOMMENDATION_EVENTS));
    }
}

package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

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

        AsyncApiContract contract = AsyncApiContract.served();
        contract.assertServedAsYamlAndJson();
        contract.assertEveryEventFits(Topics.RECOMMENDATION_EVENTS, EventTypes.BY_TOPIC.get(Topics.RECOMMENDATION_EVENTS));
    }
}

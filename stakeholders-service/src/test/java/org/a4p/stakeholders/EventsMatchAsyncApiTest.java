package org.a4p.stakeholders;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.stakeholders.model.SessionKind;
import org.a4p.stakeholders.model.StakeholderKind;
import org.a4p.testing.AsyncApiContract;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event this service has put on stakeholder-events (the first-start snapshot and the changes made here, a
 * session without a location among them) fits the AsyncAPI document it serves: envelope, data, key and headers.
 */
@QuarkusTest
class EventsMatchAsyncApiTest {

    @Test
    void every_produced_event_fits_the_served_asyncapi_document() {
        TestData.newStakeholder("INTERGOVERNMENTAL_BODY", "MEMBER_STATES");
        Map<String, Object> session = new HashMap<>(TestData.session("C34", "AsyncAPI " + UUID.randomUUID(), "2026-06-01", "2026-06-05", true));
        session.remove("location");
        String id = TestData.newSession(session);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(TestData.session("C34", "AsyncAPI, confirmed " + UUID.randomUUID(), "2026-06-01", "2026-06-05", false))
                .when().put("/sessions/{id}", id).then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).when().delete("/sessions/{id}", id).then().statusCode(204);
        // an outcome with neither symbol nor note (the nullable fields null) and one with both
        String past = TestData.newSession("C34", "AsyncAPI outcome " + UUID.randomUUID(), "2025-02-18", "2025-03-14");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("outcome", "NO_SUBSTANTIVE_REPORT")).when().put("/sessions/{id}/outcome", past).then().statusCode(200);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(Map.of("outcome", "REPORT_ADOPTED", "documentSymbol", "A/79/19", "note", "Corrected"))
                .when().put("/sessions/{id}/outcome", past).then().statusCode(200);

        AsyncApiContract contract = AsyncApiContract.served();
        contract.assertServedAsYamlAndJson();
        contract.assertEveryEventFits(Topics.STAKEHOLDER_EVENTS, EventTypes.BY_TOPIC.get(Topics.STAKEHOLDER_EVENTS));
    }

    /** The kinds are this service's own enums, so a4p-events cannot check them: the schemas must list them all. */
    @Test
    void kinds_in_the_schemas_are_the_service_enums() {
        JsonNode schemas = AsyncApiContract.served().document().path("components").path("schemas");
        assertThat(values(schemas.path(EventTypes.STAKEHOLDER_UPSERTED).path("properties").path("kind").path("enum")))
                .containsExactlyElementsOf(Stream.of(StakeholderKind.values()).map(Enum::name).toList());
        for (String type : List.of(EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED, EventTypes.SESSION_CANCELLED)) {
            assertThat(values(schemas.path(type).path("properties").path("kind").path("enum"))).as(type)
                    .containsExactlyElementsOf(Stream.of(SessionKind.values()).map(Enum::name).toList());
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}

package org.a4p.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record produced by one service on the real broker is consumed by another: the stakeholders service
 * publishes its bodies (first-start snapshot), and the recommendations service resolves
 * {@code body=C34} through its read model of them.
 */
class StakeholderEventsAcrossServicesIT {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void recommendationsServiceResolvesBodiesPublishedByStakeholdersService() {
        String rec = system.recommendations.baseUrl();
        List<Integer> memberStates = given().baseUri(rec).queryParam("stakeholder", "MEMBER_STATES").queryParam("size", 100)
                .get("/recommendations").then().statusCode(200).extract().jsonPath().getList("items.number", Integer.class);
        assertThat(memberStates).isNotEmpty();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Response r = given().baseUri(rec).queryParam("body", "C34").queryParam("size", 100).get("/recommendations");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.jsonPath().getList("items.number", Integer.class)).containsExactlyElementsOf(memberStates);
        });
        List<List<String>> stakeholders = given().baseUri(rec).queryParam("body", "C34").queryParam("size", 100)
                .get("/recommendations").jsonPath().getList("items.stakeholders");
        assertThat(stakeholders).allSatisfy(s -> assertThat(s).contains("MEMBER_STATES"));

        // and a body the stakeholders service does not know stays a client error
        given().baseUri(rec).queryParam("body", "NO_SUCH_BODY").get("/recommendations")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

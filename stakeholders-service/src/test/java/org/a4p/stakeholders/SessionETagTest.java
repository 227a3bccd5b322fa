package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.a4p.events.EventTypes;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Sessions carry their version as ETag and honour If-Match on PUT and DELETE, like recommendations. */
@QuarkusTest
class SessionETagTest {

    @Test
    void everyAnswerCarriesTheVersionAsETagAndOnlyARealChangeBumpsIt() {
        Map<String, Object> draft = TestData.session("C34", "C-34 session " + UUID.randomUUID(), "2028-02-14", "2028-03-10", true);
        ExtractableResponse<Response> created = write(null).body(draft).when().post("/sessions")
                .then().statusCode(201).header("ETag", "\"0\"").body("version", equalTo(0)).extract();
        String id = idOf(created);
        given().when().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"0\"");

        write("\"0\"").body(draft).when().put("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
        write("\"0\"").body(TestData.session("C34", "C-34 session, dates confirmed", "2028-02-14", "2028-03-10", false))
                .when().put("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
        given().when().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("tentative", equalTo(false));
    }

    @Test
    void aStaleIfMatchIsA412AndChangesNothing() {
        String title = "Fifth Committee session " + UUID.randomUUID();
        String id = TestData.newSession("FIFTH_COMMITTEE", title, "2028-05-01", "2028-05-26");
        write(null).body(TestData.session("FIFTH_COMMITTEE", title + " (moved)", "2028-05-02", "2028-05-26", false))
                .when().put("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        long outbox = Events.count("outbox_event");

        write("\"0\"").body(TestData.session("FIFTH_COMMITTEE", "lost update", "2028-06-01", "2028-06-26", false))
                .when().put("/sessions/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        write("\"0\"").when().delete("/sessions/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));

        given().when().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo(title + " (moved)")).body("startsOn", equalTo("2028-05-02"));
        assertThat(Events.count("outbox_event")).isEqualTo(outbox);

        write("\"1\"").when().delete("/sessions/{id}", id).then().statusCode(204);
        given().when().get("/sessions/{id}", id).then().statusCode(404);
        assertThat(Events.types(Events.about("sessions/" + id, 3))).containsExactly(
                EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED, EventTypes.SESSION_CANCELLED);
    }

    @Test
    void anIfMatchThatIsNotAStrongTagIsA400NamingIt() {
        String id = TestData.newSession("C34", "C-34 session " + UUID.randomUUID(), "2028-02-14", "2028-03-10");
        for (String bad : List.of("W/\"0\"", "0", "\"-1\"", "\"99999999999999999999\"")) {
            write(bad).body(TestData.session("C34", "x", "2028-02-14", "2028-03-10", false)).when().put("/sessions/{id}", id)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("If-Match"));
            write(bad).when().delete("/sessions/{id}", id)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("If-Match"));
        }
        given().when().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void ofTwentyParallelEditsFromTheSameReadingExactlyOneWins() throws Exception {
        String id = TestData.newSession("C34", "C-34 session " + UUID.randomUUID(), "2029-02-12", "2029-03-09");
        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = "edit " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return write("\"0\"").body(TestData.session("C34", title, "2029-02-12", "2029-03-09", false))
                            .when().put("/sessions/{id}", id).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
            assertThat(codes).filteredOn(c -> c == 412).hasSize(writers - 1);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/sessions/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        assertThat(Events.types(Events.about("sessions/" + id, 2)))
                .containsExactly(EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED);
    }

    private static io.restassured.specification.RequestSpecification write(String ifMatch) {
        var spec = given().header("Authorization", Tokens.secretariat()).contentType("application/json");
        return ifMatch == null ? spec : spec.header("If-Match", ifMatch);
    }

    private static String idOf(ExtractableResponse<Response> created) {
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}

package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.a4p.recommendations.service.ReadCache;
import org.a4p.testing.Metrics;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Reads are answered from memory when they can be (ReadCache). What a client must never notice:
 * a stale answer after a write it made, or an answer meant for another request. Entries live an hour in the tests
 * (application.properties), so expiry can neither hide a stale answer nor turn an expected hit into a miss on a slow machine.
 */
@QuarkusTest
class ReadCacheTest {

    /** Never a recommendation: above the highest number a POST may choose, far above the next free ones. */
    static final int MISSING = 99_999; // in range (1..100000) but never created: a 404, not the 400 of an invalid number

    /** Set for every answer by the platform's configuration (quarkus.http.header, quarkus.http.filter). */
    static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "Referrer-Policy", "X-Frame-Options");

    @Inject
    ReadCache cache;

    @Test
    void aRepeatedReadIsServedFromMemoryUntilAWrite() {
        int number = Fixtures.createRecommendation("Hit");
        long before = cache.loads();
        given().get("/recommendations/" + number).then().statusCode(200).body("number", equalTo(number));
        assertThat(cache.loads()).as("the first read loads").isEqualTo(before + 1);
        for (String accept : new String[] {null, "*/*", "application/json"}) { // the I/O-thread route
            (accept == null ? given() : given().accept(accept)).get("/recommendations/" + number)
                    .then().statusCode(200).body("number", equalTo(number));
        }
        given().header("If-None-Match", "\"999\"").get("/recommendations/" + number).then().statusCode(200); // JAX-RS
        assertThat(cache.loads()).as("repeated reads are hits").isEqualTo(before + 1);

        given().queryParam("area", "PROTECTION").queryParam("size", 100).get("/recommendations").then().statusCode(200);
        given().queryParam("area", "PROTECTION").queryParam("size", 100).get("/recommendations").then().statusCode(200);
        assertThat(cache.loads()).as("a repeated page is a hit").isEqualTo(before + 2);

        Fixtures.changeStatus(number, "UNDER_CONSIDERATION", null);
        given().get("/recommendations/" + number).then().statusCode(200).body("status", equalTo("UNDER_CONSIDERATION"));
        assertThat(cache.loads()).as("a write makes the next read load again").isEqualTo(before + 3);
    }

    @Test
    void aWriteIsVisibleToTheVeryNextReadOneAndList() {
        int number = Fixtures.createRecommendation("Cached read");
        for (int i = 0; i < 3; i++) { // fill the cache with the PROPOSED state
            given().get("/recommendations/" + number).then().statusCode(200).body("status", equalTo("PROPOSED"));
            given().queryParam("status", "UNDER_CONSIDERATION").queryParam("size", 100).get("/recommendations")
                    .then().statusCode(200).body("items.number", not(hasItem(number)));
        }
        String etag = Fixtures.changeStatus(number, "UNDER_CONSIDERATION", null);
        given().get("/recommendations/" + number).then().statusCode(200)
                .header("ETag", etag).body("status", equalTo("UNDER_CONSIDERATION"));
        given().queryParam("status", "UNDER_CONSIDERATION").queryParam("size", 100).get("/recommendations")
                .then().statusCode(200).body("items.number", hasItem(number));

        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).header("If-Match", etag)
                .body(Map.of("text", "Edited while cached", "stakeholderAction", "Member States",
                        "area", "POLITICS", "a4pParagraph", 7, "context", "Test fixture"))
                .put("/recommendations/" + number).then().statusCode(200);
        given().get("/recommendations/" + number).then().statusCode(200).body("text", equalTo("Edited while cached"))
                .body("area", equalTo("POLITICS"));
        given().queryParam("area", "POLITICS").queryParam("size", 100).get("/recommendations")
                .then().statusCode(200).body("items.number", hasItem(number));
    }

    @Test
    void reReadsDuringAStreamOfChangesNeverGoBackInVersion() throws Exception {
        int number = Fixtures.createRecommendation("Cached under writes");
        List<String> walk = List.of("UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS", "STALLED", "IN_PROGRESS", "STALLED", "IN_PROGRESS");
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> seen = new ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            for (int r = 0; r < 4; r++) {
                seen.add(readers.submit(() -> {
                    List<Long> versions = new ArrayList<>();
                    while (writing.get()) {
                        versions.add(given().get("/recommendations/" + number).then().statusCode(200)
                                .extract().jsonPath().getLong("version"));
                    }
                    return versions;
                }));
            }
            long last = -1;
            for (String status : walk) {
                String etag = Fixtures.changeStatus(number, status, null);
                long written = Long.parseLong(etag.replace("\"", ""));
                // after the write is answered, no reader may be served anything older
                given().get("/recommendations/" + number).then().body("version", equalTo((int) written));
                last = written;
            }
            writing.set(false);
            for (Future<List<Long>> f : seen) {
                assertThat(f.get()).isSorted(); // each reader's sequence only moves forward
            }
            given().get("/recommendations/" + number).then().body("version", equalTo((int) last))
                    .body("status", equalTo("IN_PROGRESS"));
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aCachedAnswerIsTheSameBytesAndHeadersAsTheFirst() {
        int number = Fixtures.createRecommendation("Same answer");
        Fixtures.changeStatus(number, "UNDER_CONSIDERATION", null); // clears the cache: the next read is a miss
        var first = given().get("/recommendations/" + number).then().statusCode(200).extract().response();
        for (String accept : new String[] {null, "*/*", "application/json"}) {
            var again = (accept == null ? given() : given().accept(accept)).get("/recommendations/" + number)
                    .then().statusCode(200).extract().response();
            assertThat(again.contentType()).isEqualTo(first.contentType()).startsWith("application/json");
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
            for (String header : SECURITY_HEADERS) {
                assertThat(again.header(header)).as(header).isNotBlank().isEqualTo(first.header(header));
            }
        }
        // other Accept values still get JAX-RS content negotiation
        given().accept("text/csv").get("/recommendations/" + number).then().statusCode(406);
        given().get("/recommendations/00" + number).then().statusCode(200).body("number", equalTo(number));
        given().get("/recommendations/" + number + "/history").then().statusCode(200).body("[0].to", equalTo("UNDER_CONSIDERATION"));
    }

    /** The I/O-thread route answers before Quarkus REST names the request's path: it names it itself, for the meters and traces. */
    @Test
    void aCachedAnswerIsCountedUnderItsPathTemplate() {
        int number = Fixtures.createRecommendation("Counted");
        String[] series = {"method=\"GET\"", "status=\"200\"", "uri=\"/recommendations/{number}\""};
        // a request is counted as its answer ends, possibly just after the client has it: so the count is read before
        // the miss and only ever compared upwards (an earlier test's request counted late can only add to it)
        double before = Metrics.value(Metrics.scrape(), "http_server_requests_seconds_count", series);
        given().get("/recommendations/" + number).then().statusCode(200); // the miss, through JAX-RS
        for (int i = 0; i < 5; i++) {
            given().get("/recommendations/" + number).then().statusCode(200); // hits, on the I/O-thread route
        }
        await("the miss and five hits counted").atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Metrics.value(Metrics.scrape(), "http_server_requests_seconds_count", series)).isGreaterThanOrEqualTo(before + 6));
        assertThat(Metrics.scrape()).doesNotContain("uri=\"/recommendations/" + number + "\"");
    }

    @Test
    void aConditionalGetIsAnsweredNotModifiedWhileTheVersionIsCurrent() {
        int number = Fixtures.createRecommendation("Polled");
        String etag = given().get("/recommendations/" + number).then().statusCode(200).extract().header("ETag");
        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"999\", " + etag, "*"}) {
            var notModified = given().header("If-None-Match", ifNoneMatch).get("/recommendations/" + number)
                    .then().statusCode(304).header("ETag", etag).extract().response();
            assertThat(notModified.asByteArray()).isEmpty();
        }
        given().header("If-None-Match", "\"999\"").get("/recommendations/" + number).then().statusCode(200)
                .header("ETag", etag).body("number", equalTo(number));
        given().header("If-None-Match", "not a tag").get("/recommendations/" + number).then().statusCode(200);

        String changed = Fixtures.changeStatus(number, "UNDER_CONSIDERATION", null);
        given().header("If-None-Match", etag).get("/recommendations/" + number).then().statusCode(200)
                .header("ETag", changed).body("status", equalTo("UNDER_CONSIDERATION"));
        given().header("If-None-Match", changed).get("/recommendations/" + number).then().statusCode(304);
        given().header("If-None-Match", "*").get("/recommendations/" + MISSING).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAnswerIsNeverServedToADifferentRequest() {
        // cached: area=POLITICS with no body; a literal body "null" must still be refused, not served that page
        given().queryParam("area", "POLITICS").get("/recommendations").then().statusCode(200);
        given().queryParam("area", "POLITICS").queryParam("body", "null").get("/recommendations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        // parameters whose text would run together in a naive key
        given().queryParam("q", "gender").queryParam("page", 0).get("/recommendations").then().statusCode(200);
        given().queryParam("q", "gender|0").get("/recommendations").then().statusCode(200)
                .body("items.number", not(hasItem(4)));
        given().get("/recommendations/4").then().statusCode(200).body("number", equalTo(4));
        given().get("/recommendations/" + MISSING).then().statusCode(404).contentType("application/problem+json");
        given().get("/recommendations/" + MISSING).then().statusCode(404).contentType("application/problem+json");
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/**
 * Shared steps of the tests. State persists in the shared database across test classes, so each test
 * works on recommendations it creates itself (numbers above the seeded 24) and never changes a seeded one.
 */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** Creates a recommendation with a unique text through the API and returns its number. */
    static int createRecommendation(String label) {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                .body(Map.of("text", label + " " + UUID.randomUUID(),
                        "stakeholderAction", "Secretariat Field Missions",
                        "area", "PROTECTION", "a4pParagraph", 10, "context", "Test fixture"))
                .when().post("/recommendations")
                .then().statusCode(201).extract().path("number");
    }

    /** Changes the status through the API (no If-Match) and returns the new ETag. */
    static String changeStatus(int number, String status, String note) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("status", status));
        if (note != null) {
            body.put("note", note);
        }
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat())
                .body(body)
                .when().post("/recommendations/" + number + "/status")
                .then().statusCode(200).extract().header("ETag");
    }

    /** Every record of recommendation-events about this recommendation, of the given type, in topic order. */
    static List<JsonNode> events(int number, String type, int expected) {
        return events(Topics.RECOMMENDATION_EVENTS, "recommendations/" + number, type, expected);
    }

    static List<JsonNode> events(String topic, String subject, String type, int expected) {
        Predicate<JsonNode> mine = e -> subject.equals(e.path("subject").asText()) && type.equals(e.path("type").asText());
        return readTopic(topic, all -> all.stream().filter(mine).count() >= expected).stream().filter(mine).toList();
    }

    /** Every record of the topic as JSON, read from the beginning until {@code done} holds (or 30 s pass). */
    static List<JsonNode> readTopic(String topic, Predicate<List<JsonNode>> done) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.readAll(topic, Duration.ofSeconds(30),
                all -> done.test(all.stream().map(r -> parse(r.value())).toList()));
        return records.stream().map(r -> parse(r.value())).toList();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            // not JSON (e.g. garbage a test sent on purpose, or a tombstone): matches nothing
            return JSON.createObjectNode();
        }
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.TestInfra;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test profile of its own makes Quarkus stop the application of the other test classes and start a
 * new one on the same database and broker: a restart. Quarkus's default class orderer runs classes with
 * a profile after the others, so the state they left behind must have survived: everything the API
 * serves now must agree with the events the earlier application published, and the first-start
 * snapshot must not have been published again.
 */
@QuarkusTest
@TestProfile(RestartTest.Restarted.class)
class RestartTest {

    public static class Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("a4p.test.profile", "restarted");
        }
    }

    @Inject
    StartTime startTime;

    @Test
    void restartKeepsEverythingAndDoesNotRepeatTheSnapshot() throws SQLException {
        Instant snapshotClaimedAt = snapshotClaims();
        assumeTrue(snapshotClaimedAt.isBefore(startTime.startedAt()),
                "run alone, this is the first start of the service: there is nothing from before to compare");

        List<JsonNode> events = Fixtures.readTopic(Topics.RECOMMENDATION_EVENTS, all -> all.stream()
                .filter(e -> EventTypes.RECOMMENDATION_UPSERTED.equals(e.path("type").asText()))
                .map(e -> e.path("subject").asText()).distinct().count() >= 24);
        Map<String, List<JsonNode>> bySubject = events.stream().filter(e -> e.has("subject"))
                .collect(Collectors.groupingBy(e -> e.get("subject").asText()));

        // no second snapshot: a seeded recommendation (never edited by a test) has exactly one upserted event
        IntStream.rangeClosed(1, 24).forEach(n -> assertThat(bySubject.get("recommendations/" + n).stream()
                .filter(e -> EventTypes.RECOMMENDATION_UPSERTED.equals(e.get("type").asText())))
                .as("upserted events of %d", n).hasSize(1));

        // every recommendation is served as its latest event (by version) left it before the restart
        JsonPath all = given().queryParam("size", 100).when().get("/recommendations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        assertThat(items.size()).isEqualTo(all.getInt("total")).isGreaterThan(24);
        int withHistory = 0;
        for (Map<String, Object> item : items) {
            int number = (Integer) item.get("number");
            List<JsonNode> mine = bySubject.getOrDefault("recommendations/" + number, List.of());
            JsonNode latest = mine.stream().max(Comparator.comparingLong(e -> e.get("data").get("version").asLong())).orElseThrow();
            String latestStatus = latest.get("data").has("newStatus") ? latest.get("data").get("newStatus").asText()
                    : latest.get("data").get("status").asText();
            assertThat(item.get("status")).as("status of %d", number).isEqualTo(latestStatus);
            assertThat(((Number) item.get("version")).longValue()).as("version of %d", number)
                    .isEqualTo(latest.get("data").get("version").asLong());
            long changes = mine.stream().filter(e -> EventTypes.RECOMMENDATION_STATUS_CHANGED.equals(e.get("type").asText())).count();
            List<String> history = given().when().get("/recommendations/" + number + "/history").then().statusCode(200)
                    .extract().jsonPath().getList("to", String.class);
            assertThat(history).as("history of %d", number).hasSize((int) changes);
            if (changes > 0) {
                withHistory++;
            }
        }
        assertThat(withHistory).as("recommendations changed before the restart").isPositive();
    }

    /** When the one-time snapshot job was claimed; asserts it was claimed exactly once. */
    private static Instant snapshotClaims() throws SQLException {
        try (Connection c = TestInfra.connect("recommendations");
             ResultSet rs = c.createStatement().executeQuery("SELECT created_at FROM platform_marker WHERE name = 'initial-snapshot'")) {
            assertThat(rs.next()).isTrue();
            Instant at = rs.getTimestamp(1).toInstant();
            assertThat(rs.next()).isFalse();
            return at;
        }
    }
}

package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.recommendations.service.StakeholderDerivation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed migration holds the report's table verbatim; this test re-reads the table from the report itself. */
@QuarkusTest
class SeedMatchesReportTest {

    /** One row of the report's recommendations table. */
    record ReportRow(String areaName, int number, String text, String stakeholderAction, int a4pParagraph, String context) {
    }

    static final Map<String, String> AREA_CODES = new LinkedHashMap<>();

    static {
        AREA_CODES.put("Peacebuilding and Sustaining Peace", "PEACEBUILDING_AND_SUSTAINING_PEACE");
        AREA_CODES.put("Women, Peace and Security", "WOMEN_PEACE_AND_SECURITY");
        AREA_CODES.put("Politics", "POLITICS");
        AREA_CODES.put("Performance and Accountability", "PERFORMANCE_AND_ACCOUNTABILITY");
        AREA_CODES.put("Protection", "PROTECTION");
        AREA_CODES.put("Partnerships", "PARTNERSHIPS");
        AREA_CODES.put("Safety and Security", "SAFETY_AND_SECURITY");
        AREA_CODES.put("Conduct", "CONDUCT");
    }

    /**
     * Lines 40-68 of the report: tab-separated, the header line repeats at page breaks, and a row whose
     * first cell is empty continues the area of the row before.
     */
    static List<ReportRow> reportTable() throws IOException {
        String report;
        try (InputStream in = SeedMatchesReportTest.class.getResourceAsStream("/seed/challenges-forum-2018-report.txt")) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = report.lines().toList().subList(39, 68);
        List<ReportRow> rows = new ArrayList<>();
        String area = null;
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (cells.length == 1 && cells[0].isBlank() || cells[0].equals("Areas of Commitment")) {
                continue;
            }
            assertThat(cells).as("line '%s'", line).hasSize(6);
            if (!cells[0].isEmpty()) {
                area = cells[0];
            }
            rows.add(new ReportRow(area, Integer.parseInt(cells[1]), cells[2], cells[3], Integer.parseInt(cells[4]), cells[5]));
        }
        return rows;
    }

    @Test
    void areasAreTheReportsEightInReportOrder() throws IOException {
        JsonPath areas = given().when().get("/areas").then().statusCode(200).extract().jsonPath();
        assertThat(areas.getList("code", String.class)).containsExactlyElementsOf(AREA_CODES.values());
        assertThat(areas.getList("name", String.class)).containsExactlyElementsOf(AREA_CODES.keySet());
        assertThat(reportTable().stream().map(ReportRow::areaName).distinct().toList())
                .containsExactlyElementsOf(AREA_CODES.keySet());
    }

    @Test
    void seededListEqualsTheReportsTable() throws IOException {
        List<ReportRow> report = reportTable();
        assertThat(report).hasSize(24);
        assertThat(report.stream().map(ReportRow::number).toList()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());

        JsonPath page = given().queryParam("size", 100).when().get("/recommendations")
                .then().statusCode(200).extract().jsonPath();
        // other test classes add recommendations (numbers above 24) to the shared database; the seed is 1..24
        List<Map<String, Object>> seeded = page.<Map<String, Object>>getList("items").stream()
                .filter(r -> ((Integer) r.get("number")) <= 24).toList();
        assertThat(seeded).hasSize(24);
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(24);

        for (int i = 0; i < 24; i++) {
            ReportRow row = report.get(i);
            Map<String, Object> api = seeded.get(i);
            assertThat(api.get("number")).isEqualTo(row.number());
            assertThat(api.get("area")).as("area of %d", row.number()).isEqualTo(AREA_CODES.get(row.areaName()));
            assertThat(api.get("text")).as("text of %d", row.number()).isEqualTo(row.text());
            assertThat(api.get("stakeholderAction")).as("stakeholderAction of %d", row.number()).isEqualTo(row.stakeholderAction());
            assertThat(api.get("a4pParagraph")).as("a4pParagraph of %d", row.number()).isEqualTo(row.a4pParagraph());
            assertThat(api.get("context")).as("context of %d", row.number()).isEqualTo(row.context());
            assertThat(api.get("stakeholders")).as("stakeholders of %d", row.number())
                    .isEqualTo(StakeholderDerivation.derive(row.stakeholderAction()).stream().map(Enum::name).toList());
            assertThat(api.get("status")).as("status of %d", row.number()).isEqualTo("PROPOSED");
        }
        // the report's oddities are kept verbatim
        assertThat(seeded.get(3).get("stakeholderAction")).isEqualTo("Member State Secretariat Field Missions");
        assertThat(seeded.get(4).get("stakeholderAction")).isEqualTo("Member States Think tanks/researchers,");
    }

    @Test
    void derivationFollowsTheIssuesExample() {
        assertThat(StakeholderDerivation.derive("Member States Security Council Field Missions").stream().map(Enum::name))
                .containsExactly("MEMBER_STATES", "SECURITY_COUNCIL", "FIELD_MISSIONS");
        assertThat(StakeholderDerivation.derive("Think tank/researchers").stream().map(Enum::name)).containsExactly("THINK_TANKS");
        assertThat(StakeholderDerivation.derive("Regional organisations")).isEmpty();
    }

    @Test
    void initialSnapshotPublishedEverySeededRecommendationOnceAsProposed() throws IOException {
        java.util.function.Function<List<JsonNode>, Map<String, List<JsonNode>>> upsertsBySubject = all -> all.stream()
                .filter(e -> EventTypes.RECOMMENDATION_UPSERTED.equals(e.path("type").asText()))
                .collect(java.util.stream.Collectors.groupingBy(e -> e.path("subject").asText()));
        Map<String, List<JsonNode>> bySubject = upsertsBySubject.apply(Fixtures.readTopic(
                org.a4p.events.Topics.RECOMMENDATION_EVENTS, all -> upsertsBySubject.apply(all).keySet().containsAll(
                        java.util.stream.IntStream.rangeClosed(1, 24).mapToObj(n -> "recommendations/" + n).toList())));
        for (ReportRow row : reportTable()) {
            // no test edits a seeded recommendation, so its only upserted event is the first-start snapshot
            List<JsonNode> upserts = bySubject.getOrDefault("recommendations/" + row.number(), List.of());
            assertThat(upserts).as("snapshot events of %d", row.number()).hasSize(1);
            JsonNode data = upserts.get(0).get("data");
            assertThat(data.get("status").asText()).isEqualTo("PROPOSED");
            assertThat(data.get("text").asText()).isEqualTo(row.text());
            assertThat(data.get("areaName").asText()).isEqualTo(row.areaName());
            assertThat(upserts.get(0).get("source").asText()).isEqualTo(EventTypes.SOURCE_RECOMMENDATIONS);
        }
    }
}

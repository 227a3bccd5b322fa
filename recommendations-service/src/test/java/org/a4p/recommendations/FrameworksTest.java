package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.events.A4pPlusPriority;
import org.a4p.testing.CheckConstraints;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /frameworks: A4P (2018) as the report gives it, and A4P+ (2021) as published; read-only, so the seed may be assumed. */
@QuarkusTest
class FrameworksTest {

    @Test
    void a4pHasTheReportsEightAreasAndTheParagraphsItsTableCites() throws Exception {
        JsonPath all = given().get("/frameworks").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("code", String.class)).containsExactly("A4P_2018", "A4P_PLUS_2021");
        JsonPath a4p = given().get("/frameworks/A4P_2018").then().statusCode(200).body("year", equalTo(2018)).extract().jsonPath();
        assertThat(all.getMap("[0]")).isEqualTo(a4p.getMap("$"));

        assertThat(a4p.getList("areas.name", String.class)).containsExactlyElementsOf(SeedMatchesReportTest.AREA_CODES.keySet());
        assertThat(a4p.getList("areas.code", String.class)).containsExactlyElementsOf(SeedMatchesReportTest.AREA_CODES.values());
        assertThat(a4p.getList("areas")).isEqualTo(given().get("/areas").then().statusCode(200).extract().jsonPath().getList("$"));

        // the report's table, column 'A4P Para': each distinct paragraph with the areas and recommendations citing it
        Map<Integer, Set<String>> areas = new TreeMap<>();
        Map<Integer, List<Integer>> recommendations = new TreeMap<>();
        for (SeedMatchesReportTest.ReportRow row : SeedMatchesReportTest.reportTable()) {
            areas.computeIfAbsent(row.a4pParagraph(), p -> new LinkedHashSet<>()).add(SeedMatchesReportTest.AREA_CODES.get(row.areaName()));
            recommendations.computeIfAbsent(row.a4pParagraph(), p -> new ArrayList<>()).add(row.number());
        }
        assertThat(recommendations.values().stream().mapToInt(List::size).sum()).isEqualTo(24);
        assertThat(a4p.getList("paragraphs.number", Integer.class)).containsExactlyElementsOf(recommendations.keySet());
        List<Map<String, Object>> paragraphs = a4p.getList("paragraphs");
        for (Map<String, Object> p : paragraphs) {
            int number = (Integer) p.get("number");
            assertThat(p.get("areas")).as("areas citing %s", number).isEqualTo(List.copyOf(areas.get(number)));
            assertThat(p.get("recommendations")).as("recommendations citing %s", number).isEqualTo(recommendations.get(number));
        }
        assertThat(a4p.getList("priorities")).isEmpty();
        // the report gives numbers, not texts: nothing pretends otherwise
        assertThat(paragraphs).allSatisfy(p -> assertThat(p).containsOnlyKeys("number", "areas", "recommendations"));
    }

    @Test
    void a4pPlusHasSevenPrioritiesThenTwoCrossCuttingThemes() {
        JsonPath plus = given().get("/frameworks/A4P_PLUS_2021").then().statusCode(200).body("year", equalTo(2021))
                .extract().jsonPath();
        assertThat(plus.getList("priorities.name", String.class)).containsExactly(
                "Collective coherence behind a political strategy", "Strategic and operational integration",
                "Capabilities and mindsets", "Accountability to peacekeepers", "Accountability of peacekeepers",
                "Strategic communications", "Cooperation with host countries",
                "Women, peace and security", "Data-driven and technology-enabled peacekeeping");
        assertThat(plus.getList("priorities.kind", String.class)).containsExactly("PRIORITY", "PRIORITY", "PRIORITY", "PRIORITY",
                "PRIORITY", "PRIORITY", "PRIORITY", "CROSS_CUTTING", "CROSS_CUTTING");
        assertThat(plus.getList("priorities.code", String.class))
                .containsExactlyElementsOf(List.of(A4pPlusPriority.values()).stream().map(Enum::name).toList())
                .allMatch(code -> code.matches("[A-Z][A-Z0-9_]*"));
        assertThat(plus.getList("areas")).isEmpty();
        assertThat(plus.getList("paragraphs")).isEmpty();
        assertThat(plus.getString("description")).contains("No official mapping");
    }

    @Test
    void anUnknownFrameworkIsAProblem() {
        given().get("/frameworks/A4P_2019").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("A4P_PLUS_2021"));
        for (String code : List.of("a4p_2018", "X".repeat(65), "A4P-2018")) {
            given().get("/frameworks/" + code).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("code"));
        }
    }

    /** The migrations allow exactly the A4P+ codes of a4p-events. */
    @Test
    void priorityChecksAllowExactlyTheContractCodes() {
        CheckConstraints.assertAllows("recommendations", "recommendation_priority", "priority", A4pPlusPriority.class);
        CheckConstraints.assertAllows("recommendations", "priority_change", "priorities", A4pPlusPriority.class);
    }
}

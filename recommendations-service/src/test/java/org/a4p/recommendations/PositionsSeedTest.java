package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.recommendations.service.StakeholderDerivation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The seeded positions are the report's table: one PENDING / NOT_STARTED position per category named in each row. */
@QuarkusTest
class PositionsSeedTest {

    @Test
    void onePendingPositionPerCategoryNamedInEachRowOfTheReport() throws IOException {
        int total = 0;
        for (SeedMatchesReportTest.ReportRow row : SeedMatchesReportTest.reportTable()) {
            List<String> named = StakeholderDerivation.derive(row.stakeholderAction()).stream().map(Enum::name).toList();
            assertThat(named).as("categories named in row %d", row.number()).isNotEmpty();
            JsonPath positions = given().when().get("/recommendations/" + row.number() + "/positions")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(positions.getList("stakeholder", String.class)).as("positions of %d", row.number()).containsExactlyElementsOf(named);
            assertThat(positions.getList("acceptance", String.class)).as("acceptance of %d", row.number()).containsOnly("PENDING");
            assertThat(positions.getList("implementation", String.class)).containsOnly("NOT_STARTED");
            assertThat(positions.getList("updatedBy", String.class)).containsOnly("seed");
            assertThat(positions.getList("version", Long.class)).containsOnly(0L);
            assertThat(positions.getList("updatedAt", String.class)).containsOnly("2018-11-29T00:00:00Z");
            // the recommendation's own answer carries the same positions and their progress
            JsonPath one = given().when().get("/recommendations/" + row.number()).then().statusCode(200).extract().jsonPath();
            assertThat(one.getList("positions.stakeholder", String.class)).containsExactlyElementsOf(named);
            assertThat(one.getInt("progress.positions")).isEqualTo(named.size());
            assertThat(one.getInt("progress.acceptance.PENDING")).isEqualTo(named.size());
            assertThat(one.getInt("progress.implementation.NOT_STARTED")).isEqualTo(named.size());
            assertThat(one.getInt("progress.acceptance.ACCEPTED")).isZero();
            // seeded positions are no change: the history stays empty
            assertThat(given().when().get("/recommendations/" + row.number() + "/history").then().statusCode(200)
                    .extract().jsonPath().getList("$")).isEmpty();
            total += named.size();
        }
        assertThat(total).isEqualTo(47);
    }
}

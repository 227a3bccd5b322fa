package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recommendation lived through a year at controlled moments (the test clock stands 400, 300, 200 and 100 days
 * back), then read as of moments in between: each read answers what was true then, from the recorded history.
 */
@QuarkusTest
class AsOfTest extends WithTestClock {

    @Test
    void readsAsOfEarlierMomentsAnswerWhatWasRecordedThen() {
        Instant created = at(400);
        int number = Fixtures.createRecommendation("As of a year");
        Instant t1 = at(300);
        PositionsTest.put(number, "SECRETARIAT", null, PositionsTest.position("ACCEPTED", "NOT_STARTED")).statusCode(200);
        Fixtures.changeStatus(number, "UNDER_CONSIDERATION", "taken up");
        Instant t2 = at(200);
        PositionsTest.put(number, "SECRETARIAT", null, PositionsTest.position("ACCEPTED", "IN_PROGRESS")).statusCode(200);
        PositionsTest.put(number, "MEMBER_STATES", null, PositionsTest.position("PENDING", "NOT_STARTED")).statusCode(201);
        Fixtures.changeStatus(number, "ACCEPTED", null);
        Instant t3 = at(100);
        given().header("Authorization", Tokens.secretariat()).when().delete("/recommendations/" + number + "/positions/MEMBER_STATES")
                .then().statusCode(204);
        PositionsTest.put(number, "SECRETARIAT", null, PositionsTest.position("ACCEPTED", "IMPLEMENTED")).statusCode(200);
        clock.reset();

        // before it existed
        given().queryParam("asOf", created.minus(Duration.ofHours(1)).toString()).get("/recommendations/" + number)
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(PositionsTest.numbers("asOf=" + created.minus(Duration.ofHours(1)))).doesNotContain(number);

        JsonPath start = asOf(number, created.plus(Duration.ofHours(1)).toString());
        assertThat(start.getString("status")).isEqualTo("PROPOSED");
        assertThat(start.getList("positions.acceptance", String.class)).containsExactly("PENDING", "PENDING");
        assertThat(start.getString("asOf")).isNotNull();

        // a date is the end of that day, UTC
        JsonPath afterT1 = asOf(number, LocalDate.ofInstant(t1.plus(Duration.ofDays(1)), ZoneOffset.UTC).toString());
        assertThat(afterT1.getString("status")).isEqualTo("UNDER_CONSIDERATION");
        assertThat(afterT1.getList("positions.stakeholder", String.class)).containsExactly("SECRETARIAT", "FIELD_MISSIONS");
        assertThat(afterT1.getString("positions[0].acceptance")).isEqualTo("ACCEPTED");
        assertThat(afterT1.getString("positions[0].implementation")).isEqualTo("NOT_STARTED");
        assertThat(afterT1.getInt("progress.acceptance.ACCEPTED")).isEqualTo(1);

        JsonPath afterT2 = asOf(number, t2.plus(Duration.ofDays(1)).toString());
        assertThat(afterT2.getString("status")).isEqualTo("ACCEPTED");
        assertThat(afterT2.getList("positions.stakeholder", String.class)).containsExactly("MEMBER_STATES", "SECRETARIAT", "FIELD_MISSIONS");
        assertThat(afterT2.getString("positions[1].implementation")).isEqualTo("IN_PROGRESS");
        assertThat(given().queryParam("asOf", t2.plus(Duration.ofDays(1)).toString())
                .get("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(200).extract().path("acceptance")
                .toString()).isEqualTo("PENDING");

        JsonPath afterT3 = asOf(number, t3.plus(Duration.ofDays(1)).toString());
        assertThat(afterT3.getList("positions.stakeholder", String.class)).containsExactly("SECRETARIAT", "FIELD_MISSIONS");
        assertThat(afterT3.getString("positions[0].implementation")).isEqualTo("IMPLEMENTED");
        given().queryParam("asOf", t3.plus(Duration.ofDays(1)).toString())
                .get("/recommendations/" + number + "/positions/MEMBER_STATES").then().statusCode(404);

        // the list's filters apply to the state as of the moment
        String t1Plus = "asOf=" + t1.plus(Duration.ofDays(1));
        String t2Plus = "asOf=" + t2.plus(Duration.ofDays(1));
        String t3Plus = "asOf=" + t3.plus(Duration.ofDays(1));
        assertThat(PositionsTest.numbers("positionOf=SECRETARIAT&implementation=IN_PROGRESS&" + t2Plus)).contains(number);
        assertThat(PositionsTest.numbers("positionOf=SECRETARIAT&implementation=IN_PROGRESS&" + t3Plus)).doesNotContain(number);
        assertThat(PositionsTest.numbers("positionOf=SECRETARIAT&implementation=IN_PROGRESS")).doesNotContain(number);
        assertThat(PositionsTest.numbers("positionOf=MEMBER_STATES&" + t2Plus)).contains(number);
        assertThat(PositionsTest.numbers("positionOf=MEMBER_STATES&" + t3Plus)).doesNotContain(number);
        assertThat(PositionsTest.numbers("status=UNDER_CONSIDERATION&" + t1Plus)).contains(number);
        assertThat(PositionsTest.numbers("status=ACCEPTED&" + t1Plus)).doesNotContain(number);
        assertThat(PositionsTest.numbers("status=ACCEPTED&" + t2Plus)).contains(number);

        // a moment not yet past answers the present
        JsonPath future = asOf(number, Instant.now().plus(Duration.ofDays(30)).toString());
        assertThat(future.getString("asOf")).isNull();
        assertThat(future.getString("positions[0].implementation")).isEqualTo("IMPLEMENTED");
        assertThat(future.getString("status")).isEqualTo("ACCEPTED");
        assertThat(given().queryParam("asOf", t1.plus(Duration.ofDays(1)).toString()).get("/recommendations/" + number + "/positions")
                .then().statusCode(200).extract().jsonPath().getList("implementation", String.class)).containsExactly("NOT_STARTED", "NOT_STARTED");
    }

    @Test
    void aBadAsOfIsAProblem() {
        for (String bad : new String[]{"yesterday", "2023-02-30", "2023-02-20T10:00:00", "20230220", "2023-13-01T00:00:00Z"}) {
            given().queryParam("asOf", bad).get("/recommendations/1").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("asOf"));
            given().queryParam("asOf", bad).get("/recommendations").then().statusCode(400);
            given().queryParam("asOf", bad).get("/recommendations/1/positions").then().statusCode(400);
        }
    }

    private static JsonPath asOf(int number, String moment) {
        return given().queryParam("asOf", moment).get("/recommendations/" + number).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
    }
}

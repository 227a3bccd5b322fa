package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A scripted year (issue 14): recommendations of our own, issued in 2011 (a year no other test issues in) and addressed
 * to a body only this test knows, live through a year at controlled moments (the test clock standing 400, 300, 200 and
 * 100 days back); GET /statistics as of moments in between must answer exactly what was true then, and agree with
 * GET /recommendations/{number}?asOf= at the same moments.
 */
@QuarkusTest
class StatisticsTest extends WithTestClock {

    static int create(String label, LocalDate issuedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("text", label + " " + UUID.randomUUID(),
                "stakeholderAction", "Secretariat Field Missions", "area", "PARTNERSHIPS", "a4pParagraph", 18,
                "context", "Statistics test"));
        body.put("issuedOn", issuedOn.toString());
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                .when().post("/recommendations").then().statusCode(201)
                .body("issuedOn", equalTo(issuedOn.toString())).extract().path("number");
    }

    private static void position(int number, String stakeholder, String acceptance, String implementation, int status) {
        PositionsTest.put(number, stakeholder, null, PositionsTest.position(acceptance, implementation)).statusCode(status);
    }

    static JsonPath statistics(String groupBy, Instant asOf) {
        var request = given().queryParam("groupBy", groupBy);
        if (asOf != null) {
            request.queryParam("asOf", asOf.toString());
        }
        // rates as doubles: JsonPath's default (float) would round away what the test compares
        return JsonPath.from(request.when().get("/statistics").then().statusCode(200).contentType(ContentType.JSON).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** The group's figures: recommendations, positions, decided, accepted, implemented, outstandingOver5Years. */
    private static List<Integer> counts(JsonPath statistics, String key) {
        Map<String, Object> g = group(statistics, key);
        assertThat(g).as("group %s", key).isNotNull();
        return List.of((Integer) g.get("recommendations"), (Integer) g.get("positions"), (Integer) g.get("decided"),
                (Integer) g.get("accepted"), (Integer) g.get("implemented"), (Integer) g.get("outstandingOver5Years"));
    }

    private static Map<String, Object> group(JsonPath statistics, String key) {
        return statistics.<Map<String, Object>>getList("groups").stream().filter(g -> key.equals(g.get("key"))).findFirst().orElse(null);
    }

    private static Double rate(JsonPath statistics, String key, String rate) {
        Object value = group(statistics, key).get(rate);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /**
     * The same figures worked out from GET /recommendations/{number}?asOf= of each recommendation (for one addressee's
     * positions only, when {@code stakeholder} is given), with the definitions of the design.
     */
    private static List<Integer> fromRecommendationReads(Instant asOf, String stakeholder, LocalDate day, int... numbers) {
        int recommendations = 0, positions = 0, decided = 0, accepted = 0, implemented = 0, outstanding = 0;
        for (int n : numbers) {
            var answer = given().queryParam("asOf", asOf.toString()).get("/recommendations/" + n).then().extract();
            if (answer.statusCode() == 404) {
                continue; // not created yet
            }
            JsonPath r = answer.jsonPath();
            List<Map<String, String>> held = r.<Map<String, String>>getList("positions").stream()
                    .filter(p -> stakeholder == null || stakeholder.equals(p.get("stakeholder"))).toList();
            if (held.isEmpty() && stakeholder != null) {
                continue;
            }
            recommendations++;
            for (Map<String, String> p : held) {
                positions++;
                String a = p.get("acceptance");
                boolean isAccepted = a.equals("ACCEPTED") || a.equals("PARTIALLY_ACCEPTED");
                decided += a.equals("PENDING") || a.equals("NOT_RELEVANT") ? 0 : 1;
                accepted += isAccepted ? 1 : 0;
                implemented += isAccepted && p.get("implementation").equals("IMPLEMENTED") ? 1 : 0;
            }
            boolean closed = List.of("IMPLEMENTED", "NOT_ACCEPTED", "SUPERSEDED").contains(r.getString("status"));
            outstanding += !closed && LocalDate.parse(r.getString("issuedOn")).plusYears(5).isBefore(day) ? 1 : 0;
        }
        return List.of(recommendations, positions, decided, accepted, implemented, outstanding);
    }

    @Test
    void aScriptedYearReadBackAsOfMomentsInBetween() throws Exception {
        String body = "STATS_BODY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, body, StakeholderEventsTest.stakeholderEvent(UUID.randomUUID().toString(), body, "MEMBER_STATES"));
        StakeholderEventsTest.awaitBodyKnown(body);

        Instant t0 = at(400);
        LocalDate day0 = LocalDate.ofInstant(t0, ZoneOffset.UTC);
        int r1 = create("Statistics one", LocalDate.of(2011, 3, 1));
        int r2 = create("Statistics two", LocalDate.of(2011, 6, 15));
        // issued 150 days short of 5 years before t0: it becomes outstanding over 5 years between t1 and t2
        int r3 = create("Statistics three", day0.minusYears(5).plusDays(150));
        for (int n : new int[]{r1, r2, r3}) {
            position(n, body, "PENDING", "NOT_STARTED", 201);
        }
        Instant t1 = at(300);
        position(r1, "SECRETARIAT", "ACCEPTED", "NOT_STARTED", 200);
        position(r1, body, "ACCEPTED", "IN_PROGRESS", 200);
        position(r2, "SECRETARIAT", "NOT_ACCEPTED", "NOT_STARTED", 200);
        position(r2, "FIELD_MISSIONS", "NOT_RELEVANT", "NOT_STARTED", 200);
        Fixtures.changeStatus(r1, "UNDER_CONSIDERATION", null);
        Instant t2 = at(200);
        position(r1, body, "ACCEPTED", "IMPLEMENTED", 200);
        position(r2, body, "PARTIALLY_ACCEPTED", "NOT_STARTED", 200);
        position(r3, body, "NOT_ACCEPTED", "NOT_STARTED", 200);
        Fixtures.changeStatus(r2, "NOT_ACCEPTED", "declined by the Fifth Committee");
        Instant t3 = at(100);
        int r4 = create("Statistics four", LocalDate.of(2011, 12, 1));
        for (String status : List.of("ACCEPTED", "IN_PROGRESS", "IMPLEMENTED")) {
            Fixtures.changeStatus(r1, status, null);
        }
        position(r1, "FIELD_MISSIONS", "PARTIALLY_ACCEPTED", "IMPLEMENTED", 200);
        clock.reset();

        Instant before = t0.minus(Duration.ofHours(1));
        Instant m0 = t0.plus(Duration.ofHours(1));
        Instant m1 = t1.plus(Duration.ofDays(1));
        Instant m2 = t2.plus(Duration.ofDays(1));
        Instant m3 = t3.plus(Duration.ofDays(1));

        // before anything of ours existed: no year 2011, no group of the body
        assertThat(group(statistics("year", before), "2011")).isNull();
        assertThat(group(statistics("stakeholder", before), body)).isNull();

        // by year of issuance: r1, r2 (and r4 from t3), every addressee's position
        JsonPath y0 = statistics("year", m0);
        assertThat(counts(y0, "2011")).containsExactly(2, 6, 0, 0, 0, 2);
        assertThat(rate(y0, "2011", "acceptanceRate")).as("nothing decided: unknown, not 0").isNull();
        assertThat(rate(y0, "2011", "implementationRate")).isNull();
        JsonPath y1 = statistics("year", m1);
        assertThat(counts(y1, "2011")).containsExactly(2, 6, 3, 2, 0, 2);
        assertThat(rate(y1, "2011", "acceptanceRate")).isEqualTo(2.0 / 3);
        assertThat(rate(y1, "2011", "implementationRate")).isEqualTo(0.0);
        JsonPath y2 = statistics("year", m2);
        assertThat(counts(y2, "2011")).as("r2 NOT_ACCEPTED: closed").containsExactly(2, 6, 4, 3, 1, 1);
        assertThat(rate(y2, "2011", "acceptanceRate")).isEqualTo(0.75);
        assertThat(rate(y2, "2011", "implementationRate")).isEqualTo(1.0 / 3);
        JsonPath y3 = statistics("year", m3);
        assertThat(counts(y3, "2011")).as("r4 added, r1 IMPLEMENTED").containsExactly(3, 8, 5, 4, 2, 1);
        assertThat(rate(y3, "2011", "acceptanceRate")).isEqualTo(0.8);
        assertThat(rate(y3, "2011", "implementationRate")).isEqualTo(0.5);
        assertThat(counts(statistics("year", null), "2011")).as("the present").containsExactly(3, 8, 5, 4, 2, 1);
        assertThat(statistics("year", null).getString("asOf")).isNull();
        assertThat(Instant.parse(y1.getString("asOf"))).isEqualTo(m1);

        // by stakeholder: the body's own positions on r1, r2, r3; r3 passes its fifth anniversary between t1 and t2
        JsonPath s0 = statistics("stakeholder", m0);
        assertThat(counts(s0, body)).containsExactly(3, 3, 0, 0, 0, 2);
        assertThat(group(s0, body).get("name")).isEqualTo("Body " + body);
        JsonPath s1 = statistics("stakeholder", m1);
        assertThat(counts(s1, body)).containsExactly(3, 3, 1, 1, 0, 2);
        assertThat(rate(s1, body, "acceptanceRate")).isEqualTo(1.0);
        JsonPath s2 = statistics("stakeholder", m2);
        assertThat(counts(s2, body)).as("r2 closed, r3 over 5 years").containsExactly(3, 3, 3, 2, 1, 2);
        assertThat(rate(s2, body, "acceptanceRate")).isEqualTo(2.0 / 3);
        assertThat(rate(s2, body, "implementationRate")).isEqualTo(0.5);
        JsonPath s3 = statistics("stakeholder", m3);
        assertThat(counts(s3, body)).as("r1 closed").containsExactly(3, 3, 3, 2, 1, 1);
        assertThat(s3.getList("groups.key", String.class)).startsWith("MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT",
                "FIELD_MISSIONS", "THINK_TANKS");

        // the same figures as the recommendations read as of each moment
        for (Instant m : List.of(m0, m1, m2, m3)) {
            LocalDate day = LocalDate.ofInstant(m, ZoneOffset.UTC);
            assertThat(counts(statistics("year", m), "2011")).as("year 2011 as of %s", m)
                    .isEqualTo(fromRecommendationReads(m, null, day, r1, r2, r4));
            assertThat(counts(statistics("stakeholder", m), body)).as("%s as of %s", body, m)
                    .isEqualTo(fromRecommendationReads(m, body, day, r1, r2, r3, r4));
        }
    }

    @Test
    void byAreaListsAllEightAreasInTheReportsOrderAndTheTotalCountsEachRecommendationOnce() {
        JsonPath areas = given().get("/areas").then().statusCode(200).extract().jsonPath();
        JsonPath s = given().when().get("/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("groupBy")).as("the default").isEqualTo("area");
        assertThat(s.getList("groups.key", String.class)).containsExactlyElementsOf(areas.getList("code", String.class));
        assertThat(s.getList("groups.name", String.class)).containsExactlyElementsOf(areas.getList("name", String.class));
        assertThat(s.getString("total.key")).isEqualTo("TOTAL");
        int total = s.getInt("total.recommendations");
        assertThat(s.getList("groups.recommendations", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(s.getList("groups.positions", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(s.getInt("total.positions"));
        assertThat(given().queryParam("size", 1).get("/recommendations").then().extract().jsonPath().getInt("total")).isEqualTo(total);
        JsonPath byStakeholder = statistics("stakeholder", null);
        assertThat(byStakeholder.getInt("total.recommendations")).as("each recommendation once, whatever the grouping").isEqualTo(total);

        // the seed as of the Forum's last day: 24 recommendations, 47 positions, none decided, none outstanding yet
        JsonPath forum = given().queryParam("asOf", "2018-11-29").get("/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(forum.getInt("total.recommendations")).isEqualTo(24);
        assertThat(forum.getInt("total.positions")).isEqualTo(47);
        assertThat(forum.getInt("total.outstandingOver5Years")).isZero();
        assertThat(forum.getString("total.acceptanceRate")).isNull();
    }

    @Test
    void csvHasTheByteOrderMarkCrlfAFixedRateFormatAndEmptyCellsForUnknownRates() {
        Instant created = at(30);
        // 2012: a year of issuance only this test uses
        int number = create("Statistics CSV", LocalDate.of(2012, 1, 10));
        at(20);
        position(number, "SECRETARIAT", "ACCEPTED", "NOT_STARTED", 200);
        position(number, "FIELD_MISSIONS", "NOT_ACCEPTED", "NOT_STARTED", 200);
        clock.reset();

        for (Response response : List.of(
                given().accept("text/csv").queryParam("groupBy", "year").get("/statistics").then().statusCode(200).extract().response(),
                given().queryParam("groupBy", "year").get("/statistics.csv").then().statusCode(200)
                        .header("Content-Disposition", "attachment; filename=\"a4p-statistics-by-year.csv\"").extract().response())) {
            assertThat(response.header("Content-Type")).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
            byte[] bytes = response.asByteArray();
            assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
            String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertThat(csv).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
            List<List<String>> rows = CsvExportTest.Rfc4180.parse(csv);
            assertThat(rows.get(0)).containsExactly("year", "name", "recommendations", "positions", "decided", "accepted",
                    "implemented", "acceptanceRate", "implementationRate", "outstandingOver5Years");
            assertThat(rows.stream().filter(r -> r.get(0).equals("2012")).findFirst().orElseThrow())
                    .containsExactly("2012", "", "1", "2", "2", "1", "0", "0.5000", "0.0000", "1");
            JsonPath json = statistics("year", null);
            assertThat(rows.get(rows.size() - 1)).startsWith("TOTAL", "", json.getString("total.recommendations"),
                    json.getString("total.positions"));
            assertThat(rows).hasSize(json.getList("groups").size() + 2);
        }
        // as of before the positions were decided: the rates are unknown, empty cells (not 0)
        byte[] early = given().queryParam("groupBy", "year").queryParam("asOf", created.plus(Duration.ofHours(1)).toString())
                .get("/statistics.csv").then().statusCode(200).extract().asByteArray();
        assertThat(CsvExportTest.Rfc4180.parse(new String(early, 3, early.length - 3, StandardCharsets.UTF_8)).stream()
                .filter(r -> r.get(0).equals("2012")).findFirst().orElseThrow())
                .containsExactly("2012", "", "1", "2", "0", "0", "0", "", "", "1");
        // a name with a comma is quoted; a browser's Accept gets JSON
        assertThat(new String(given().accept("text/csv").get("/statistics").then().extract().asByteArray(), StandardCharsets.UTF_8))
                .contains("\r\nWOMEN_PEACE_AND_SECURITY,\"Women, Peace and Security\",");
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/statistics").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void badParametersAreProblemsAndIssuedOnIsChecked() {
        for (String path : List.of("/statistics", "/statistics.csv")) {
            for (String bad : List.of("AREA", "month", "area,year")) {
                given().queryParam("groupBy", bad).get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("groupBy"));
            }
            for (String bad : List.of("yesterday", "2023-02-30", "2023-02-20T10:00:00")) {
                given().queryParam("asOf", bad).get(path).then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("asOf"));
            }
        }
        Map<String, Object> body = ProblemsTest.with("issuedOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body).post("/recommendations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("issuedOn"));
        body.put("issuedOn", "2011-13-01");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body).post("/recommendations")
                .then().statusCode(400).contentType("application/problem+json");

        // absent: today; PUT without it keeps it, with it changes it
        body.remove("issuedOn");
        int number = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body).post("/recommendations")
                .then().statusCode(201).body("issuedOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString())).extract().path("number");
        body.put("context", "Edited context");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body).put("/recommendations/" + number)
                .then().statusCode(200).body("issuedOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        body.put("issuedOn", "2019-05-20");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body).put("/recommendations/" + number)
                .then().statusCode(200).body("issuedOn", equalTo("2019-05-20")).body("version", equalTo(2));
        given().get("/recommendations/1").then().statusCode(200).body("issuedOn", equalTo("2018-11-29"));
    }
}

package org.a4p.stakeholders;

import org.a4p.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
class SessionResourceTest {

    @ParameterizedTest
    @CsvSource({
            "c34-2023, C34, C34_SUBSTANTIVE, 2023-02-20, 2023-03-17, New York, false",
            "c34-2024, C34, C34_SUBSTANTIVE, 2024-02-20, 2024-03-15, New York, false",
            "c34-2025, C34, C34_SUBSTANTIVE, 2025-02-18, 2025-03-14, New York, false",
            "c34-2027, C34, C34_SUBSTANTIVE, 2027-02-16, 2027-03-12, New York, true",
            "ministerial-2019, PEACEKEEPING_MINISTERIAL, DEFENCE_MINISTERIAL, 2019-03-29, 2019-03-29, New York, false",
            "ministerial-2021, PEACEKEEPING_MINISTERIAL, DEFENCE_MINISTERIAL, 2021-12-07, 2021-12-08, Seoul, false",
            "ministerial-2023, PEACEKEEPING_MINISTERIAL, DEFENCE_MINISTERIAL, 2023-12-05, 2023-12-06, Accra, false",
            "ministerial-2025, PEACEKEEPING_MINISTERIAL, DEFENCE_MINISTERIAL, 2025-05-13, 2025-05-14, Berlin, false",
    })
    void seededSessionIsServedWithItsDates(String id, String body, String kind, String startsOn, String endsOn,
                                           String city, boolean tentative) {
        JsonPath s = given().when().get("/sessions/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("id")).isEqualTo(id);
        assertThat(s.getString("body")).isEqualTo(body);
        assertThat(s.getString("kind")).isEqualTo(kind);
        assertThat(s.getString("startsOn")).isEqualTo(startsOn);
        assertThat(s.getString("endsOn")).isEqualTo(endsOn);
        assertThat(s.getString("location")).contains(city);
        assertThat(s.getBoolean("tentative")).isEqualTo(tentative);
        assertThat(s.getString("title")).isNotBlank();
    }

    @Test
    void listIsOrderedByStartThenId() {
        List<Map<String, String>> all = given().when().get("/sessions").then().statusCode(200).extract().jsonPath().getList("");
        List<String> keys = all.stream().map(s -> s.get("startsOn") + " " + s.get("id")).toList();
        assertThat(keys).isSorted().hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void filtersByBodyAndByOverlapWithTheDateRange() {
        // a body of its own, with the dates of the ministerials, so no other class's sessions can show up
        String body = TestData.newStakeholder("INTERGOVERNMENTAL_BODY", "MEMBER_STATES");
        String s2019 = TestData.newSession(body, "2019", "2019-03-29", "2019-03-29");
        String s2021 = TestData.newSession(body, "2021", "2021-12-07", "2021-12-08");
        String s2023 = TestData.newSession(body, "2023", "2023-12-05", "2023-12-06");
        String s2025 = TestData.newSession(body, "2025", "2025-05-13", "2025-05-14");
        TestData.newSession("C34", "Another body's session " + UUID.randomUUID(), "2022-06-01", "2022-06-02");

        assertThat(sessionIds(Map.of("body", body))).containsExactly(s2019, s2021, s2023, s2025);
        // from is the last day of the 2021 session and to the first day of the 2023 one: both overlap
        assertThat(sessionIds(Map.of("body", body, "from", "2021-12-08", "to", "2023-12-05"))).containsExactly(s2021, s2023);
        assertThat(sessionIds(Map.of("body", body, "to", "2023-12-04"))).containsExactly(s2019, s2021);
        assertThat(sessionIds(Map.of("body", body, "from", "2023-12-07"))).containsExactly(s2025);
        // a day inside a session finds it
        assertThat(sessionIds(Map.of("body", body, "from", "2023-12-06", "to", "2023-12-06"))).containsExactly(s2023);

        // the seeded C-34 sessions up to 2025, among whatever other tests added
        assertThat(sessionIds(Map.of("body", "C34", "to", "2025-12-31"))).filteredOn(Seed.SESSIONS::contains)
                .containsExactly("c34-2023", "c34-2024", "c34-2025");
    }

    private static List<String> sessionIds(Map<String, String> query) {
        return given().queryParams(query).when().get("/sessions").then().statusCode(200).extract().jsonPath().getList("id");
    }

    @ParameterizedTest
    @CsvSource({
            "body, NOT_A_BODY, body",
            "from, 2025-13-01, from",
            "to, next week, to",
            // parse as ISO dates, but beyond what the database compares: 400, never 500
            "from, 999999999, from",
            "from, +999999999-12-31, from",
            "to, +1000000000-01-01, to",
            "to, -0001-12-31, to",
            "from, 10000-01-01, from",
    })
    void badFilterIsA400NamingIt(String param, String value, String field) {
        given().queryParam(param, value).when().get("/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void rangeEndingBeforeItStartsIsA400() {
        given().queryParam("from", "2025-03-01").queryParam("to", "2025-02-01").when().get("/sessions")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
    }

    @Test
    void createAnswers201WithLocationAndPublishesOneScheduledEvent() {
        String title = "Fifth Committee second resumed session " + UUID.randomUUID();
        String location = given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(TestData.session("FIFTH_COMMITTEE", title, "2026-05-04", "2026-05-29", true))
                .when().post("/sessions")
                .then().statusCode(201).contentType("application/json")
                .body("title", equalTo(title)).body("tentative", equalTo(true)).body("kind", equalTo("OTHER"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(UUID.fromString(id)).isNotNull();

        given().when().get(location).then().statusCode(200)
                .body("id", equalTo(id)).body("body", equalTo("FIFTH_COMMITTEE"))
                .body("startsOn", equalTo("2026-05-04")).body("endsOn", equalTo("2026-05-29"));

        List<Events.Received> events = Events.about("sessions/" + id, 1);
        assertThat(Events.types(events)).containsExactly(EventTypes.SESSION_SCHEDULED);
        Events.Received e = events.get(0);
        assertThat(e.key()).isEqualTo(id);
        assertThat(e.event().source()).isEqualTo(EventTypes.SOURCE_STAKEHOLDERS);
        assertThat(e.event().time()).isNotNull();
        assertThat(data(e)).isEqualTo(new SessionEvent(id, "FIFTH_COMMITTEE", title, "OTHER",
                LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-29"), "United Nations Headquarters, New York", true));
    }

    @Test
    void locationComesFromTheConfiguredBaseUrlNotFromTheHostHeader() {
        given().header("Authorization", Tokens.secretariat()).header("Host", "attacker.example").contentType("application/json")
                .body(TestData.session("C34", "C-34 session " + UUID.randomUUID(), "2026-02-16", "2026-03-13", true))
                .when().post("/sessions")
                .then().statusCode(201).header("Location", startsWith("http://localhost:"));
    }

    @Test
    void replacePublishesOneChangedEventAndAnIdenticalReplacementNone() {
        String id = TestData.newSession("C34", "C-34 resumed session " + UUID.randomUUID(), "2026-06-01", "2026-06-05");
        String newTitle = "C-34 resumed session, confirmed " + UUID.randomUUID();

        // identical replacement: 200, no event
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("C34", titleOf(id), "2026-06-01", "2026-06-05", false))
                .when().put("/sessions/{id}", id).then().statusCode(200).body("title", equalTo(titleOf(id)));
        // a real change
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("C34", newTitle, "2026-06-02", "2026-06-05", false))
                .when().put("/sessions/{id}", id).then().statusCode(200)
                .body("title", equalTo(newTitle)).body("startsOn", equalTo("2026-06-02"));

        given().when().get("/sessions/{id}", id).then().body("title", equalTo(newTitle));
        List<Events.Received> events = Events.about("sessions/" + id, 2);
        // the relay publishes in commit order on one partition (key = id): a no-op event would sit in between
        assertThat(Events.types(events)).containsExactly(EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED);
        assertThat(data(events.get(1)).title()).isEqualTo(newTitle);
        assertThat(data(events.get(1)).startsOn()).isEqualTo(LocalDate.parse("2026-06-02"));
    }

    @Test
    void deleteAnswers204RemovesTheSessionAndPublishesItsLastState() {
        String title = "Security Council open debate on peacekeeping " + UUID.randomUUID();
        String id = TestData.newSession("SECURITY_COUNCIL", title, "2026-09-10", "2026-09-10");

        given().header("Authorization", Tokens.secretariat()).when().delete("/sessions/{id}", id).then().statusCode(204);
        given().when().get("/sessions/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.secretariat()).when().delete("/sessions/{id}", id).then().statusCode(404).contentType("application/problem+json");
        assertThat(given().when().get("/sessions").then().extract().jsonPath().getList("id")).doesNotContain(id);

        List<Events.Received> events = Events.about("sessions/" + id, 2);
        assertThat(Events.types(events)).containsExactly(EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CANCELLED);
        assertThat(data(events.get(1)).title()).isEqualTo(title);
        assertThat(data(events.get(1)).body()).isEqualTo("SECURITY_COUNCIL");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> invalidSessions() {
        String ok = "\"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-29\"";
        return Stream.of(
                arguments("unknown body", "{\"body\": \"NOT_A_BODY\", " + ok + "}", "body"),
                arguments("missing body", "{" + ok + "}", "body"),
                arguments("ends before it starts", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", "
                        + "\"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-03\"}", "endsOn"),
                arguments("missing title", "{\"body\": \"C34\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-29\"}", "title"),
                arguments("blank title", "{\"body\": \"C34\", \"title\": \"  \", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-29\"}", "title"),
                arguments("title too long", "{\"body\": \"C34\", \"title\": \"" + "x".repeat(201) + "\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-29\"}", "title"),
                arguments("location too long", "{\"body\": \"C34\", \"location\": \"" + "x".repeat(201) + "\", " + ok + "}", "location"),
                arguments("missing kind", "{\"body\": \"C34\", \"title\": \"t\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-29\"}", "kind"),
                arguments("missing startsOn", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"endsOn\": \"2026-05-29\"}", "startsOn"),
                arguments("missing endsOn", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-29\"}", "endsOn"),
                arguments("unknown kind", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"PICNIC\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"2026-05-29\"}", "kind"),
                arguments("year 10000", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"+10000-05-29\"}", "endsOn"),
                arguments("before the UN", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"1900-05-04\", \"endsOn\": \"2026-05-29\"}", "startsOn"),
                arguments("year 999999999", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"+999999999-12-31\", \"endsOn\": \"+999999999-12-31\"}", "startsOn"),
                arguments("before year 1", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"-0005-01-01\", \"endsOn\": \"2026-05-29\"}", "startsOn"),
                arguments("beyond LocalDate", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"+1000000000-01-01\"}", "endsOn"),
                arguments("ends in 1899", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"2026-05-04\", \"endsOn\": \"1899-12-31\"}", "endsOn"),
                arguments("not a date", "{\"body\": \"C34\", \"title\": \"t\", \"kind\": \"OTHER\", \"startsOn\": \"4 May\", \"endsOn\": \"2026-05-29\"}", "startsOn"),
                arguments("unknown property", "{\"body\": \"C34\", \"room\": \"CR4\", " + ok + "}", "room"),
                arguments("client-chosen id", "{\"id\": \"mine\", \"body\": \"C34\", " + ok + "}", "id"),
                arguments("malformed JSON", "{\"body\": \"C34\", ", null),
                arguments("no body at all", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSessions")
    void invalidSessionIsA400ProblemAndChangesNothing(String why, String json, String field) {
        long sessions = Events.count("body_session");
        long outbox = Events.count("outbox_event");

        var response = given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(json).when().post("/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("type", startsWith("urn:a4p:problem:"));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertThat(Events.count("body_session")).as("sessions").isEqualTo(sessions);
        assertThat(Events.count("outbox_event")).as("events").isEqualTo(outbox);
    }

    @Test
    void invalidReplacementChangesNothingAndPublishesNothing() {
        String title = "Fifth Committee first resumed session " + UUID.randomUUID();
        String id = TestData.newSession("FIFTH_COMMITTEE", title, "2027-03-01", "2027-03-26");

        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("FIFTH_COMMITTEE", "moved", "2027-03-01", "2027-02-26", false))
                .when().put("/sessions/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("endsOn"));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("NOWHERE", "moved", "2027-03-01", "2027-03-02", false))
                .when().put("/sessions/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("FIFTH_COMMITTEE", "moved", "+999999999-03-01", "+999999999-03-02", false))
                .when().put("/sessions/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("startsOn"));
        given().when().get("/sessions/{id}", id).then().statusCode(200)
                .body("title", equalTo(title)).body("endsOn", equalTo("2027-03-26"));

        // a valid change afterwards is the only event after the scheduling
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("FIFTH_COMMITTEE", title, "2027-03-02", "2027-03-26", false))
                .when().put("/sessions/{id}", id).then().statusCode(200);
        assertThat(Events.types(Events.about("sessions/" + id, 2)))
                .containsExactly(EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED);
    }

    @Test
    void errorsAreProblems() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(TestData.session("C34", "x", "2026-01-01", "2026-01-02", false))
                .when().put("/sessions/{id}", "no-such-session")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().header("Authorization", Tokens.secretariat()).contentType("text/plain").body("C-34 next week").when().post("/sessions")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body("{}").when().patch("/sessions/c34-2025")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
        given().header("Authorization", Tokens.secretariat()).when().delete("/sessions")
                .then().statusCode(405).contentType("application/problem+json");
    }

    private static String titleOf(String id) {
        return given().when().get("/sessions/{id}", id).then().statusCode(200).extract().path("title");
    }

    private static SessionEvent data(Events.Received r) {
        return Events.JSON.convertValue(r.event().data(), SessionEvent.class);
    }
}

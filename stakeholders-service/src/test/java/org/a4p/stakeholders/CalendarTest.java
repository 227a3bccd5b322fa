package org.a4p.stakeholders;

import org.a4p.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.hasItem;

/** The feed is read back with ical4j, a real RFC 5545 parser, as a calendar client would read it. */
@QuarkusTest
class CalendarTest {

    @Test
    void everySessionRoundTripsThroughARealParser() throws Exception {
        String tricky = "Côte d’Ivoire; review, phase 2 \\ lessons";
        String folded = "Preparatory meeting on partnerships, training, capacity-building and medical support "
                + "for peacekeepers – Ελληνικά, 日本語, émigré 🇺🇳 " + UUID.randomUUID();
        String trickyId = create(tricky, "Abidjan, Côte d’Ivoire", true);
        String foldedId = create(folded, "Addis Ababa; AU Commission\nConference hall 2", false);
        // a category meeting as a body: its code and its category are one and the same
        String councilId = TestData.newSession("SECURITY_COUNCIL", "Open debate " + UUID.randomUUID(), "2026-10-05", "2026-10-05");

        Response response = given().when().get("/sessions.ics").then().statusCode(200).extract().response();
        assertThat(response.contentType()).isEqualToIgnoringCase("text/calendar; charset=utf-8");
        byte[] raw = response.asByteArray();
        assertWellFormed(raw);
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("\r\n ");  // the long title was folded

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(raw));
        // the parser's own RFC 5545 / RFC 5546 (PUBLISH) rules
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(value(calendar.getProperty("VERSION"))).isEqualTo("2.0");
        assertThat(value(calendar.getProperty("PRODID"))).isNotBlank();
        assertThat(value(calendar.getProperty("CALSCALE"))).isEqualTo("GREGORIAN");
        assertThat(value(calendar.getProperty("METHOD"))).isEqualTo("PUBLISH");
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isNotBlank();

        List<Map<String, Object>> sessions = given().when().get("/sessions").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Map<String, Object>> stakeholders = given().when().get("/stakeholders").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("").stream()
                .collect(Collectors.toMap(s -> (String) s.get("code"), Function.identity()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(e -> value(e.getProperty("UID")), e -> e));
        assertThat(byUid).hasSize(sessions.size());
        assertThat(byUid).containsKeys(trickyId + "@a4p-tracker", foldedId + "@a4p-tracker", "c34-2027@a4p-tracker");

        String organizer = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("a4p.calendar.organizer.email", String.class);
        for (Map<String, Object> s : sessions) {
            VEvent e = byUid.get(s.get("id") + "@a4p-tracker");
            assertThat(e).as("event of %s", s.get("id")).isNotNull();
            Map<String, Object> body = stakeholders.get((String) s.get("body"));
            assertThat(value(e.getProperty("DTSTAMP"))).isEqualTo("20260115T083005Z");  // TestClock.NOW
            assertThat(value(e.getProperty("ORGANIZER"))).isEqualTo("mailto:" + organizer);
            assertThat(date(e, "DTSTART")).isEqualTo(LocalDate.parse((String) s.get("startsOn")));
            assertThat(date(e, "DTEND")).as("exclusive end").isEqualTo(LocalDate.parse((String) s.get("endsOn")).plusDays(1));
            assertThat(value(e.getProperty("SUMMARY"))).isEqualTo(s.get("title"));
            assertThat(value(e.getProperty("LOCATION"))).isEqualTo(s.get("location"));
            assertThat(value(e.getProperty("DESCRIPTION"))).contains((String) body.get("name"));
            assertThat(value(e.getProperty("STATUS"))).isEqualTo((Boolean) s.get("tentative") ? "TENTATIVE" : "CONFIRMED");
            Categories categories = (Categories) e.getProperty("CATEGORIES").orElseThrow();
            assertThat(categories.getCategories().getTexts())
                    .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(List.of((String) body.get("code"), (String) body.get("category"))));
        }
        assertThat(value(byUid.get(trickyId + "@a4p-tracker").getProperty("SUMMARY"))).isEqualTo(tricky);
        assertThat(value(byUid.get(foldedId + "@a4p-tracker").getProperty("LOCATION")))
                .isEqualTo("Addis Ababa; AU Commission\nConference hall 2");
        assertThat(value(byUid.get("c34-2027@a4p-tracker").getProperty("STATUS"))).isEqualTo("TENTATIVE");
        // the parser reads CATEGORIES as a set, so the one code of a category body is checked as written
        String council = new String(raw, StandardCharsets.UTF_8).split("UID:" + councilId, 2)[1].split("END:VEVENT", 2)[0];
        assertThat(council).contains("\r\nCATEGORIES:SECURITY_COUNCIL\r\n");
        assertThat(value(byUid.get("c34-2025@a4p-tracker").getProperty("DESCRIPTION")))
                .contains("Special Committee on Peacekeeping Operations (C-34)", "C-34 substantive session");
    }

    @Test
    void uidIsStableAcrossRequestsAndEdits() throws Exception {
        String id = create("Working group on performance " + UUID.randomUUID(), "New York", false);
        String before = uidLineOf(id);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json")
                .body(TestData.session("C34", "Working group on performance, moved", "2026-10-02", "2026-10-02", false))
                .when().put("/sessions/{id}", id).then().statusCode(200);
        assertThat(uidLineOf(id)).isEqualTo(before).isEqualTo("UID:" + id + "@a4p-tracker");
    }

    @Test
    void bodyFilterKeepsOnlyThatBodysSessions() throws Exception {
        // a body of its own, so the filtered feed holds exactly the sessions of this test
        String body = TestData.newStakeholder("INTERGOVERNMENTAL_BODY", "MEMBER_STATES");
        String early = TestData.newSession(Map.of("body", body, "title", "Ministerial", "kind", "DEFENCE_MINISTERIAL",
                "startsOn", "2025-05-13", "endsOn", "2025-05-14", "location", "Berlin, Germany", "tentative", false));
        String later = TestData.newSession(body, "Follow-up " + UUID.randomUUID(), "2026-12-01", "2026-12-01");
        TestData.newSession("C34", "Another body's session " + UUID.randomUUID(), "2025-06-01", "2025-06-02");

        byte[] raw = given().queryParam("body", body).when().get("/sessions.ics")
                .then().statusCode(200).extract().asByteArray();
        assertWellFormed(raw);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(raw));
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).endsWith("(Test " + body + ")");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e.getProperty("UID")))
                .containsExactly(early + "@a4p-tracker", later + "@a4p-tracker");
        VEvent berlin = events.get(0);
        assertThat(value(berlin.getProperty("LOCATION"))).isEqualTo("Berlin, Germany");
        assertThat(date(berlin, "DTSTART")).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(date(berlin, "DTEND")).isEqualTo(LocalDate.of(2025, 5, 15));
    }

    @Test
    void bodyFilterOfASeededBodyServesItsSeededSessions() throws Exception {
        byte[] raw = given().queryParam("body", "PEACEKEEPING_MINISTERIAL").when().get("/sessions.ics")
                .then().statusCode(200).extract().asByteArray();
        List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(raw)).getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e.getProperty("UID"))).filteredOn(uid -> Seed.SESSIONS.contains(uid.replace("@a4p-tracker", "")))
                .containsExactly("ministerial-2019@a4p-tracker", "ministerial-2021@a4p-tracker",
                        "ministerial-2023@a4p-tracker", "ministerial-2025@a4p-tracker");
    }

    @Test
    void unknownBodyIsA400Problem() {
        given().queryParam("body", "NOT_A_BODY").when().get("/sessions.ics")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
    }

    /** CRLF only, every physical line at most 75 octets and valid UTF-8 on its own (no split character). */
    static void assertWellFormed(byte[] raw) {
        String text = strictUtf8(raw);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                assertThat(i).as("LF at %d is preceded by CR", i).isGreaterThan(0);
                assertThat(raw[i - 1]).as("LF at %d is preceded by CR", i).isEqualTo((byte) '\r');
                lines.add(java.util.Arrays.copyOfRange(raw, start, i - 1));
                start = i + 1;
            } else if (raw[i] == '\r') {
                assertThat(i + 1 < raw.length && raw[i + 1] == '\n').as("CR at %d is followed by LF", i).isTrue();
            }
        }
        for (byte[] line : lines) {
            assertThat(line.length).as("octets of: %s", strictUtf8(line)).isLessThanOrEqualTo(75);
            strictUtf8(line);
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail("not valid UTF-8 on its own: " + new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static String uidLineOf(String id) {
        String ics = given().when().get("/sessions.ics").then().statusCode(200).extract().asString();
        return ics.lines().filter(l -> l.startsWith("UID:" + id)).findFirst().orElseThrow();
    }

    private static String create(String title, String location, boolean tentative) {
        Map<String, Object> session = Map.of("body", "C34", "title", title, "kind", "C34_SUBSTANTIVE",
                "startsOn", "2026-10-01", "endsOn", "2026-10-02", "location", location, "tentative", tentative);
        return TestData.newSession(session);
    }

    private static String value(java.util.Optional<? extends Property> p) {
        return p.map(Property::getValue).orElse(null);
    }

    private static LocalDate date(VEvent e, String name) {
        DateProperty<?> p = (DateProperty<?>) e.getProperty(name).orElseThrow();
        assertThat(p.getParameter("VALUE").map(Parameter::getValue)).as(name + " is all-day").contains("DATE");
        return (LocalDate) p.getDate();
    }
}

package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.HostileBattery;
import org.a4p.testing.HostileBattery.Operation;
import org.a4p.testing.HostileRequest;
import org.a4p.testing.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The battery of issue 6 for stakeholders and sessions: each malformed, hostile or unauthorised request gets
 * its exact 4xx as application/problem+json without internals, and leaves the tables and the outbox as they were.
 * They aim at seeded session c34-2023 and stakeholder C34, which no request may change.
 */
@QuarkusTest
class HostileRequestsTest extends org.a4p.testing.HostileRequestsTest {

    static final List<String> TABLES = List.of("stakeholder", "body_session");
    static final String SESSION = """
            {"body": "C34", "title": "Battery session", "kind": "OTHER", "startsOn": "2027-09-01", "endsOn": "2027-09-02", \
            "location": "New York", "tentative": false}""";
    static final String STAKEHOLDER = """
            {"name": "Battery body", "kind": "INTERGOVERNMENTAL_BODY", "category": "MEMBER_STATES", "description": "A body", "closed": false}""";
    static final String INJECTION = "'; DROP TABLE body_session; --";

    HostileRequestsTest() {
        super("stakeholders", TABLES);
    }

    static List<HostileRequest> cases() {
        List<HostileRequest> cases = new ArrayList<>();
        Supplier<String> secretariat = Tokens::secretariat;
        for (String[] w : new String[][]{{"schedule", "POST", "/sessions", SESSION}, {"replace", "PUT", "/sessions/c34-2023", SESSION},
                {"cancel", "DELETE", "/sessions/c34-2023", null}, {"stakeholder put", "PUT", "/stakeholders/BATTERY_BODY", STAKEHOLDER}}) {
            cases.addAll(HostileRequest.unauthenticated(w[0], w[1], w[2], w[3]));
            cases.addAll(HostileRequest.notSecretariat(w[0], w[1], w[2], w[3]));
        }

        Map<String, String> badSessions = HostileBattery.brokenJson(SESSION);
        badSessions.put("unknown body", SESSION.replace("\"C34\"", "\"NOWHERE\""));
        badSessions.put("injection as body", SESSION.replace("\"C34\"", "\"" + INJECTION + "\""));
        badSessions.put("body as number", SESSION.replace("\"C34\"", "34"));
        badSessions.put("blank title", SESSION.replace("Battery session", "  "));
        badSessions.put("overlong title", SESSION.replace("Battery session", "t".repeat(201)));
        badSessions.put("overlong location", SESSION.replace("New York", "l".repeat(201)));
        badSessions.put("unknown kind", SESSION.replace("\"OTHER\"", "\"PICNIC\""));
        badSessions.put("kind as ordinal", SESSION.replace("\"OTHER\"", "2"));
        badSessions.put("missing kind", SESSION.replace("\"kind\": \"OTHER\", ", ""));
        badSessions.put("date not ISO", SESSION.replace("2027-09-01", "01/09/2027"));
        badSessions.put("impossible date", SESSION.replace("2027-09-01", "2027-02-30"));
        badSessions.put("date as number", SESSION.replace("\"2027-09-01\"", "20270901"));
        badSessions.put("date as a day count", SESSION.replace("\"2027-09-01\"", "-1"));
        badSessions.put("date as an empty array", SESSION.replace("\"2027-09-01\"", "[]"));
        badSessions.put("date as an array", SESSION.replace("\"2027-09-01\"", "[2027, 9, 1]"));
        badSessions.put("tentative as empty text", SESSION.replace("\"tentative\": false", "\"tentative\": \"\""));
        badSessions.put("unpaired surrogate in the title", SESSION.replace("Battery session", "Battery \\ud800 session"));
        badSessions.put("ends before it starts", SESSION.replace("2027-09-02", "2027-08-01"));
        badSessions.put("year 1900", SESSION.replace("2027-09-01", "1900-01-01"));
        badSessions.put("year 9999", SESSION.replace("2027-09-02", "9999-12-31"));
        badSessions.put("tentative as text", SESSION.replace("\"tentative\": false", "\"tentative\": \"yes\""));
        badSessions.put("tentative as number", SESSION.replace("\"tentative\": false", "\"tentative\": 1"));
        badSessions.put("unknown property", SESSION.replace("{", "{\"id\": \"my-id\", "));
        badSessions.forEach((how, body) -> {
            cases.add(HostileRequest.of("schedule with " + how, "POST", "/sessions", secretariat, body, 400));
            cases.add(HostileRequest.of("replace with " + how, "PUT", "/sessions/c34-2023", secretariat, body, 400));
        });
        cases.add(HostileRequest.of("schedule with a huge body", "POST", "/sessions", secretariat,
                SESSION.replace("Battery session", "h".repeat(70_000)), 413));
        cases.add(HostileRequest.of("schedule as text/plain", "POST", "/sessions", secretariat, SESSION, 415).withContentType("text/plain"));
        cases.add(HostileRequest.of("replace of a missing session", "PUT", "/sessions/no-such-session", secretariat, SESSION, 404));
        cases.add(HostileRequest.of("cancel of a missing session", "DELETE", "/sessions/no-such-session", secretariat, null, 404));
        cases.add(HostileRequest.of("cancel of an injected id", "DELETE", "/sessions/x'%20OR%20'1'='1", secretariat, null, 404));
        cases.add(HostileRequest.of("PATCH is not offered", "PATCH", "/sessions/c34-2023", secretariat, SESSION, 405));

        Map<String, String> badStakeholders = HostileBattery.brokenJson(STAKEHOLDER);
        badStakeholders.put("overlong name", STAKEHOLDER.replace("Battery body", "n".repeat(201)));
        badStakeholders.put("overlong description", STAKEHOLDER.replace("A body", "d".repeat(501)));
        badStakeholders.put("blank name", STAKEHOLDER.replace("Battery body", " "));
        badStakeholders.put("unknown kind", STAKEHOLDER.replace("INTERGOVERNMENTAL_BODY", "CLUB"));
        badStakeholders.put("unknown category", STAKEHOLDER.replace("MEMBER_STATES", "NGOS"));
        badStakeholders.put("category as ordinal", STAKEHOLDER.replace("\"MEMBER_STATES\"", "0"));
        badStakeholders.put("a second CATEGORY", STAKEHOLDER.replace("INTERGOVERNMENTAL_BODY", "CATEGORY"));
        badStakeholders.put("closed but not a mission", STAKEHOLDER.replace("\"closed\": false", "\"closed\": true"));
        badStakeholders.put("code in the body", STAKEHOLDER.replace("{", "{\"code\": \"OTHER\", "));
        badStakeholders.put("name as array", STAKEHOLDER.replace("\"Battery body\"", "[\"Battery\"]"));
        badStakeholders.forEach((how, body) -> cases.add(
                HostileRequest.of("stakeholder put with " + how, "PUT", "/stakeholders/BATTERY_BODY", secretariat, body, 400)));
        for (String code : List.of("lower_case", "X", "C" + "3".repeat(40), "BAD-CODE", "DROP%20TABLE")) {
            cases.add(HostileRequest.of("stakeholder put with code " + (code.length() > 12 ? code.substring(0, 12) + "..." : code),
                    "PUT", "/stakeholders/" + code, secretariat, STAKEHOLDER, 400));
        }
        cases.add(HostileRequest.of("recategorising a category", "PUT", "/stakeholders/C34", secretariat,
                STAKEHOLDER.replace("INTERGOVERNMENTAL_BODY", "CATEGORY"), 400));

        for (String query : List.of("/sessions?body=NOWHERE", "/sessions?from=yesterday", "/sessions?to=2025-13-01",
                "/sessions?from=2026-01-02&to=2026-01-01", "/stakeholders?kind=CLUB", "/stakeholders?category=NGOS",
                "/sessions.ics?body=NOWHERE")) {
            cases.add(HostileRequest.of("read " + query, "GET", query, () -> null, null, 400));
        }
        cases.add(HostileRequest.of("read of a missing stakeholder", "GET", "/stakeholders/NOWHERE", () -> null, null, 404));
        cases.add(HostileRequest.of("read of a missing session", "GET", "/sessions/no-such-session", () -> null, null, 404));
        return cases;
    }

    static List<HostileRequest> generated() {
        return HostileBattery.of(List.of(
                Operation.read("/sessions.ics", Map.of(), "body"),
                Operation.read("/sessions", Map.of(), "body", "from", "to"),
                Operation.read("/sessions/{id}", Map.of("id", "c34-2023")),
                Operation.read("/stakeholders", Map.of(), "kind", "category"),
                Operation.read("/stakeholders/{code}", Map.of("code", "C34")),
                Operation.write("POST", "/sessions", Map.of(), SESSION, Tokens::secretariat),
                Operation.write("PUT", "/sessions/{id}", Map.of("id", "c34-2023"), SESSION, Tokens::secretariat),
                Operation.write("DELETE", "/sessions/{id}", Map.of("id", "c34-2023"), null, Tokens::secretariat),
                Operation.write("PUT", "/stakeholders/{code}", Map.of("code", "C34"), STAKEHOLDER.replace("INTERGOVERNMENTAL_BODY", "CATEGORY"), Tokens::secretariat)));
    }
}

package org.a4p.recommendations;

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
 * The battery of issue 6: malformed, hostile or unauthorised requests. Each gets its exact 4xx as
 * application/problem+json without internals, and leaves the database and the outbox exactly as they were.
 * They all aim at seeded recommendation 1 (PROPOSED, version 0), which no request may change.
 */
@QuarkusTest
class HostileRequestsTest extends org.a4p.testing.HostileRequestsTest {

    static final List<String> TABLES = List.of("area", "recommendation", "recommendation_stakeholder", "status_change",
            "position", "position_change", "recommendation_priority", "priority_change");
    static final String VALID = """
            {"text": "Battery", "stakeholderAction": "Secretariat", "area": "CONDUCT", "a4pParagraph": 21, "context": "Test"}""";
    static final String STATUS = "{\"status\": \"UNDER_CONSIDERATION\"}";
    static final String POSITION = "{\"acceptance\": \"ACCEPTED\", \"implementation\": \"IN_PROGRESS\"}";
    static final String PRIORITIES = "{\"priorities\": [\"STRATEGIC_COMMUNICATIONS\", \"WOMEN_PEACE_AND_SECURITY\"]}";
    static final String INJECTION = "'; DROP TABLE recommendation; --";

    HostileRequestsTest() {
        super("recommendations", TABLES);
    }

    static List<HostileRequest> cases() {
        List<HostileRequest> cases = new ArrayList<>();
        Supplier<String> secretariat = Tokens::secretariat;
        // Who: every write without a valid token is 401, with the wrong role 403
        for (String[] w : new String[][]{{"create", "POST", "/recommendations", VALID}, {"edit", "PUT", "/recommendations/1", VALID},
                {"status change", "POST", "/recommendations/1/status", STATUS},
                {"position", "PUT", "/recommendations/1/positions/SECRETARIAT", POSITION},
                {"position removal", "DELETE", "/recommendations/1/positions/SECRETARIAT", null},
                {"priorities", "PUT", "/recommendations/1/priorities", PRIORITIES}}) {
            cases.addAll(HostileRequest.unauthenticated(w[0], w[1], w[2], w[3]));
            cases.addAll(HostileRequest.notSecretariat(w[0], w[1], w[2], w[3]));
        }

        // What: bodies of POST /recommendations
        Map<String, String> badCreates = HostileBattery.brokenJson(VALID);
        badCreates.put("JSON string", "\"text\"");
        badCreates.put("text as number", VALID.replace("\"Battery\"", "42"));
        badCreates.put("text as object", VALID.replace("\"Battery\"", "{\"a\": 1}"));
        badCreates.put("blank text", VALID.replace("\"Battery\"", "\"   \""));
        badCreates.put("overlong text", VALID.replace("Battery", "t".repeat(2001)));
        badCreates.put("overlong stakeholderAction", VALID.replace("\"Secretariat\"", "\"" + "s".repeat(501) + "\""));
        badCreates.put("overlong context", VALID.replace("\"Test\"", "\"" + "c".repeat(1001) + "\""));
        badCreates.put("overlong area", VALID.replace("\"CONDUCT\"", "\"" + "A".repeat(65) + "\""));
        badCreates.put("unknown area", VALID.replace("CONDUCT", "ATLANTIS"));
        badCreates.put("injection in area", VALID.replace("CONDUCT", INJECTION));
        badCreates.put("paragraph as word", VALID.replace("21", "\"ten\""));
        badCreates.put("paragraph as numeric string", VALID.replace("21", "\"21\""));
        badCreates.put("paragraph as fraction", VALID.replace("21", "21.5"));
        badCreates.put("text as boolean", VALID.replace("\"Battery\"", "true"));
        badCreates.put("NUL and control characters only", VALID.replace("Battery", "\\u0000\\u0001 "));
        badCreates.put("unpaired surrogate in text", VALID.replace("Battery", "Bat\\ud800tery"));
        badCreates.put("reversed surrogate pair in text", VALID.replace("Battery", "Bat\\udf0d\\ud83ctery"));
        badCreates.put("issuedOn as a day count", VALID.replace("{", "{\"issuedOn\": 123, "));
        badCreates.put("issuedOn as an empty array", VALID.replace("{", "{\"issuedOn\": [], "));
        badCreates.put("issuedOn empty", VALID.replace("{", "{\"issuedOn\": \"\", "));
        badCreates.put("paragraph 0", VALID.replace("21", "0"));
        badCreates.put("paragraph 100", VALID.replace("21", "100"));
        badCreates.put("paragraph negative", VALID.replace("21", "-1"));
        badCreates.put("paragraph beyond int", VALID.replace("21", "99999999999999999999"));
        badCreates.put("number 0", VALID.replace("{", "{\"number\": 0, "));
        badCreates.put("number as text", VALID.replace("{", "{\"number\": \"one\", "));
        badCreates.put("unknown stakeholder", VALID.replace("{", "{\"stakeholders\": [\"NGOS\"], "));
        badCreates.put("empty stakeholders", VALID.replace("{", "{\"stakeholders\": [], "));
        badCreates.put("null stakeholder", VALID.replace("{", "{\"stakeholders\": [null], "));
        badCreates.put("stakeholders as string", VALID.replace("{", "{\"stakeholders\": \"SECRETARIAT\", "));
        badCreates.put("unknown property", VALID.replace("{", "{\"admin\": true, "));
        badCreates.put("status in body", VALID.replace("{", "{\"status\": \"IMPLEMENTED\", "));
        badCreates.put("version in body", VALID.replace("{", "{\"version\": 7, "));
        badCreates.forEach((how, body) -> cases.add(HostileRequest.of("create with " + how, "POST", "/recommendations", secretariat, body, 400)));
        cases.add(HostileRequest.of("create with a number that is taken", "POST", "/recommendations", secretariat,
                VALID.replace("{", "{\"number\": 1, "), 409));
        cases.add(HostileRequest.of("create with a huge body", "POST", "/recommendations", secretariat,
                VALID.replace("Battery", "h".repeat(100_000)), 413));
        cases.add(HostileRequest.of("create as text/plain", "POST", "/recommendations", secretariat, VALID, 415).withContentType("text/plain"));
        cases.add(HostileRequest.of("create as XML", "POST", "/recommendations", secretariat, "<recommendation/>", 415).withContentType("application/xml"));

        // Edits of recommendation 1
        cases.add(HostileRequest.of("edit with another number in the body", "PUT", "/recommendations/1", secretariat,
                VALID.replace("{", "{\"number\": 2, "), 400));
        cases.add(HostileRequest.of("edit with unparsable If-Match", "PUT", "/recommendations/1", secretariat, VALID, 400).withHeader("If-Match", "zero"));
        cases.add(HostileRequest.of("edit with stale If-Match", "PUT", "/recommendations/1", secretariat, VALID, 412).withHeader("If-Match", "\"41\""));
        cases.add(HostileRequest.of("edit of a missing recommendation", "PUT", "/recommendations/99999", secretariat, VALID, 404));
        cases.add(HostileRequest.of("edit of a non-numeric path", "PUT", "/recommendations/abc", secretariat, VALID, 400));
        cases.add(HostileRequest.of("edit with an overlong text", "PUT", "/recommendations/1", secretariat, VALID.replace("Battery", "t".repeat(2001)), 400));

        // Status changes of recommendation 1 (PROPOSED)
        Map<String, String> badStatus = new java.util.LinkedHashMap<>();
        badStatus.put("unknown status", "{\"status\": \"DONE\"}");
        badStatus.put("lower-case status", "{\"status\": \"accepted\"}");
        badStatus.put("injection as status", "{\"status\": \"" + INJECTION + "\"}");
        badStatus.put("missing status", "{\"note\": \"no status\"}");
        badStatus.put("null status", "{\"status\": null}");
        badStatus.put("status as number", "{\"status\": 3}");
        badStatus.put("overlong note", "{\"status\": \"UNDER_CONSIDERATION\", \"note\": \"" + "n".repeat(2001) + "\"}");
        badStatus.put("relative evidence URL", "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"/relative\"}");
        badStatus.put("ftp evidence URL", "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"ftp://example.org/x\"}");
        badStatus.put("javascript evidence URL", "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"javascript:alert(1)\"}");
        badStatus.put("evidence URL with a space", "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"https://exa mple.org\"}");
        badStatus.put("overlong evidence URL", "{\"status\": \"UNDER_CONSIDERATION\", \"evidenceUrl\": \"https://example.org/" + "e".repeat(2000) + "\"}");
        badStatus.put("'by' in the body", "{\"status\": \"UNDER_CONSIDERATION\", \"by\": \"someone else\"}");
        badStatus.put("'changedBy' in the body", "{\"status\": \"UNDER_CONSIDERATION\", \"changedBy\": \"someone else\"}");
        badStatus.put("malformed JSON", "{\"status\": ");
        badStatus.forEach((how, body) -> cases.add(HostileRequest.of("status change with " + how, "POST", "/recommendations/1/status", secretariat, body, 400)));
        cases.add(HostileRequest.of("status change not allowed by the lifecycle", "POST", "/recommendations/1/status", secretariat,
                "{\"status\": \"IMPLEMENTED\"}", 409));
        cases.add(HostileRequest.of("status change with stale If-Match", "POST", "/recommendations/1/status", secretariat, STATUS, 412).withHeader("If-Match", "\"7\""));
        cases.add(HostileRequest.of("status change with unparsable If-Match", "POST", "/recommendations/1/status", secretariat, STATUS, 400).withHeader("If-Match", "\"x\""));
        cases.add(HostileRequest.of("status change with a weak If-Match list", "POST", "/recommendations/1/status", secretariat, STATUS, 400).withHeader("If-Match", "\"0\", \"1\""));
        cases.add(HostileRequest.of("status change of a missing recommendation", "POST", "/recommendations/99999/status", secretariat, STATUS, 404));
        cases.add(HostileRequest.of("status change with a huge note", "POST", "/recommendations/1/status", secretariat,
                "{\"status\": \"UNDER_CONSIDERATION\", \"note\": \"" + "n".repeat(80_000) + "\"}", 413));

        // Reads: bounded paging and filters
        for (String query : List.of("page=-1", "page=abc", "page=1000001", "size=0", "size=101", "size=abc", "size=-5",
                "area=ATLANTIS", "status=DONE", "stakeholder=NGOS", "a4pParagraph=0", "a4pParagraph=abc",
                "q=" + "q".repeat(201), "body=" + "B".repeat(65))) {
            cases.add(HostileRequest.of("list with " + (query.length() > 30 ? query.substring(0, 30) + "..." : query), "GET", "/recommendations?" + query,
                    () -> null, null, 400));
        }
        cases.add(HostileRequest.of("read of a missing recommendation", "GET", "/recommendations/99999", () -> null, null, 404));
        cases.add(HostileRequest.of("history of a missing recommendation", "GET", "/recommendations/99999/history", () -> null, null, 404));
        cases.add(HostileRequest.of("DELETE is not offered", "DELETE", "/recommendations/1", secretariat, null, 405));

        // Positions: each refusal changes nothing (recommendation 1's seeded positions stay at version 0)
        String positions = "/recommendations/1/positions/";
        Map<String, String> badPositions = HostileBattery.brokenJson(POSITION);
        badPositions.put("implementation without acceptance", POSITION.replace("ACCEPTED", "PENDING"));
        badPositions.put("unknown acceptance", POSITION.replace("ACCEPTED", "MAYBE"));
        badPositions.put("missing implementation", "{\"acceptance\": \"ACCEPTED\"}");
        badPositions.put("huge note", POSITION.replace("}", ", \"note\": \"" + "n".repeat(2001) + "\"}"));
        badPositions.put("evidence without symbol or url", POSITION.replace("}", ", \"evidence\": [{\"title\": \"t\"}]}"));
        badPositions.put("evidence with a bad symbol", POSITION.replace("}", ", \"evidence\": [{\"symbol\": \"" + INJECTION + "\"}]}"));
        badPositions.put("evidence with a javascript url", POSITION.replace("}", ", \"evidence\": [{\"url\": \"javascript:alert(1)\"}]}"));
        badPositions.put("evidence as object", POSITION.replace("}", ", \"evidence\": {\"url\": \"https://example.org\"}}"));
        badPositions.forEach((how, body) -> cases.add(HostileRequest.of("position with " + how, "PUT", positions + "SECRETARIAT",
                secretariat, body, how.startsWith("implementation without") ? 422 : 400)));
        cases.add(HostileRequest.of("position of an unknown stakeholder", "PUT", positions + "NGOS", secretariat, POSITION, 400));
        cases.add(HostileRequest.of("position of a malformed stakeholder", "PUT", positions + "c34", secretariat, POSITION, 400));
        cases.add(HostileRequest.of("position with stale If-Match", "PUT", positions + "SECRETARIAT", secretariat, POSITION, 412)
                .withHeader("If-Match", "\"5\""));
        cases.add(HostileRequest.of("position removal with stale If-Match", "DELETE", positions + "SECRETARIAT", secretariat, null, 412)
                .withHeader("If-Match", "\"5\""));
        cases.add(HostileRequest.of("removal of a missing position", "DELETE", positions + "THINK_TANKS", secretariat, null, 404));
        cases.add(HostileRequest.of("read of a missing position", "GET", positions + "THINK_TANKS", () -> null, null, 404));
        cases.add(HostileRequest.of("position of a missing recommendation", "PUT", "/recommendations/99999/positions/SECRETARIAT",
                secretariat, POSITION, 404));
        for (String asOf : List.of("yesterday", "2023-02-30", "2023-02-20T10:00:00", "-1", "2023-02-20T25:00:00Z")) {
            cases.add(HostileRequest.of("read as of " + asOf, "GET", "/recommendations/1?asOf=" + asOf, () -> null, null, 400));
            cases.add(HostileRequest.of("list as of " + asOf, "GET", "/recommendations?asOf=" + asOf, () -> null, null, 400));
        }
        // Priorities: each refusal changes nothing (recommendation 1 keeps no priorities, version 0)
        Map<String, String> badPriorities = HostileBattery.brokenJson(PRIORITIES);
        badPriorities.put("unknown code", PRIORITIES.replace("STRATEGIC_COMMUNICATIONS", "POLITICS"));
        badPriorities.put("injection as code", PRIORITIES.replace("STRATEGIC_COMMUNICATIONS", INJECTION));
        badPriorities.put("null code", PRIORITIES.replace("\"STRATEGIC_COMMUNICATIONS\"", "null"));
        badPriorities.put("missing priorities", "{}");
        badPriorities.put("priorities as string", "{\"priorities\": \"STRATEGIC_COMMUNICATIONS\"}");
        badPriorities.forEach((how, body) -> cases.add(HostileRequest.of("priorities with " + how, "PUT", "/recommendations/1/priorities",
                secretariat, body, 400)));
        cases.add(HostileRequest.of("priorities with stale If-Match", "PUT", "/recommendations/1/priorities", secretariat, PRIORITIES, 412)
                .withHeader("If-Match", "\"5\""));
        cases.add(HostileRequest.of("priorities of a missing recommendation", "PUT", "/recommendations/99999/priorities",
                secretariat, PRIORITIES, 404));
        cases.add(HostileRequest.of("unknown priority filter", "GET", "/recommendations?priority=POLITICS", () -> null, null, 400));
        cases.add(HostileRequest.of("unknown framework", "GET", "/frameworks/A4P_2019", () -> null, null, 404));
        cases.add(HostileRequest.of("acceptance without positionOf", "GET", "/recommendations?acceptance=ACCEPTED", () -> null, null, 400));
        cases.add(HostileRequest.of("malformed positionOf", "GET", "/recommendations?positionOf=" + INJECTION.replace(" ", "%20"),
                () -> null, null, 400));
        return cases;
    }

    static List<HostileRequest> generated() {
        return HostileBattery.of(List.of(
                Operation.read("/areas", Map.of()),
                Operation.read("/recommendations.csv", Map.of(), "area", "stakeholder", "body", "status", "a4pParagraph", "q"),
                Operation.read("/recommendations", Map.of(), "area", "stakeholder", "body", "status", "a4pParagraph", "q", "page", "size",
                        "positionOf", "acceptance", "implementation", "priority", "asOf"),
                Operation.read("/frameworks", Map.of()),
                Operation.read("/frameworks/{code}", Map.of("code", "A4P_2018")),
                Operation.write("PUT", "/recommendations/{number}/priorities", Map.of("number", "1"),
                        PRIORITIES.replace("STRATEGIC_COMMUNICATIONS", "NOWHERE"), Tokens::secretariat),
                Operation.read("/recommendations/{number}", Map.of("number", "1"), "asOf"),
                Operation.read("/recommendations/{number}/positions", Map.of("number", "1"), "asOf"),
                Operation.read("/recommendations/{number}/positions/{stakeholder}", Map.of("number", "1", "stakeholder", "SECRETARIAT"), "asOf"),
                Operation.write("PUT", "/recommendations/{number}/positions/{stakeholder}", Map.of("number", "1", "stakeholder", "SECRETARIAT"),
                        POSITION.replace("ACCEPTED", "MAYBE"), Tokens::secretariat),
                Operation.read("/recommendations/{number}/history", Map.of("number", "1")),
                Operation.write("POST", "/recommendations", Map.of(), VALID.replace("CONDUCT", "NOWHERE"), Tokens::secretariat),
                Operation.write("PUT", "/recommendations/{number}", Map.of("number", "1"), VALID.replace("CONDUCT", "NOWHERE"), Tokens::secretariat),
                Operation.write("POST", "/recommendations/{number}/status", Map.of("number", "1"), "{\"status\": \"NOT_A_STATUS\"}", Tokens::secretariat)));
    }
}

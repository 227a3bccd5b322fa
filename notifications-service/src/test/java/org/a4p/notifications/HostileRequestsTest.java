package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.testing.HostileBattery;
import org.a4p.testing.HostileBattery.Operation;
import org.a4p.testing.HostileRequest;
import org.a4p.testing.Sql;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The battery of issue 6 for subscriptions: each malformed, hostile or unauthorised request — including any
 * attempt of one delegation on another's subscription — gets its exact 4xx as application/problem+json without
 * internals, and leaves the subscriptions and the outbox as they were. The target is Norway's subscription,
 * written straight into the database; Sweden is the other delegation.
 */
@QuarkusTest
class HostileRequestsTest extends org.a4p.testing.HostileRequestsTest {

    static final List<String> TABLES = List.of("subscription");
    static final String NORWAY = "Delegation of Norway";
    static final String SWEDEN = "Delegation of Sweden";
    static final String NORWAYS = "/subscriptions/0b0e7a1e-0000-4000-8000-00000000a4b1";
    static final String NORWAY_ID = NORWAYS.substring(NORWAYS.lastIndexOf('/') + 1);
    static final String VALID = """
            {"subscriber": "Delegation of Sweden", "channel": "WEBHOOK", "target": "https://hooks.example.org/a4p", "leadDays": [7]}""";

    HostileRequestsTest() {
        // the sender records outcomes of earlier classes' deliveries whenever they come due (some only days later,
        // scheduled while a test had moved the clock ahead): no request of this battery writes those
        super("notifications", TABLES, List.of(EventTypes.NOTIFICATION_DELIVERED, EventTypes.NOTIFICATION_FAILED));
    }

    @BeforeEach
    void norwayHasASubscription() {
        Sql.update("notifications", "INSERT INTO subscription (id, subscriber, channel, target, secret, created_at)"
                + " VALUES (?::uuid, ?, 'WEBHOOK', 'https://hooks.example.org/norway', 'norway-secret', now()) ON CONFLICT DO NOTHING",
                NORWAY_ID, NORWAY);
    }

    /** Later classes' status changes would otherwise be sent to it, and its host looked up in the name service. */
    @AfterAll
    static void norwayUnsubscribes() {
        Sql.update("notifications", "DELETE FROM subscription WHERE id = ?::uuid", NORWAY_ID);
    }

    static List<HostileRequest> cases() {
        List<HostileRequest> cases = new ArrayList<>();
        Supplier<String> sweden = () -> Tokens.delegation(SWEDEN);
        Supplier<String> secretariat = Tokens::secretariat;
        String[][] operations = {{"subscribe", "POST", "/subscriptions", VALID}, {"list", "GET", "/subscriptions", null},
                {"read", "GET", NORWAYS, null}, {"unsubscribe", "DELETE", NORWAYS, null},
                {"deliveries", "GET", NORWAYS + "/deliveries", null}, {"feed", "GET", NORWAYS + "/feed", null},
                {"retry", "POST", NORWAYS + "/deliveries/1/retry", null}, {"rotate secret", "POST", NORWAYS + "/secret", null}};
        for (String[] op : operations) {
            cases.addAll(HostileRequest.unauthenticated(op[0], op[1], op[2], op[3]));
            cases.add(HostileRequest.of(op[0] + " with a token without role", op[1], op[2], Tokens::noRole, op[3], 403));
        }
        // the secretariat reads, but neither subscribes nor unsubscribes nor retries on a delegation's behalf
        cases.add(HostileRequest.of("subscribe as the secretariat", "POST", "/subscriptions", secretariat, VALID, 403));
        cases.add(HostileRequest.of("unsubscribe as the secretariat", "DELETE", NORWAYS, secretariat, null, 403));
        cases.add(HostileRequest.of("retry as the secretariat", "POST", NORWAYS + "/deliveries/1/retry", secretariat, null, 403));
        cases.add(HostileRequest.of("rotate secret as the secretariat", "POST", NORWAYS + "/secret", secretariat, null, 403));
        // another delegation's subscription does not exist for Sweden
        for (String[] op : operations) {
            if (op[2].startsWith(NORWAYS)) {
                cases.add(HostileRequest.of(op[0] + " of another delegation's subscription", op[1], op[2], sweden, op[3], 404));
            }
        }
        cases.add(HostileRequest.of("subscribe another delegation", "POST", "/subscriptions", sweden,
                VALID.replace(SWEDEN, NORWAY), 403));
        cases.add(HostileRequest.of("subscribe with a delegation token naming no delegation", "POST", "/subscriptions",
                () -> Tokens.delegation(" "), VALID, 403));

        Map<String, String> badBodies = HostileBattery.brokenJson(VALID);
        badBodies.put("secret in the body", VALID.replace("{", "{\"secret\": \"my-own\", "));
        badBodies.put("id in the body", VALID.replace("{", "{\"id\": \"0b0e7a1e-0000-4000-8000-00000000a4b1\", "));
        badBodies.put("unknown channel", VALID.replace("WEBHOOK", "SMS"));
        badBodies.put("email channel with a URL target", VALID.replace("WEBHOOK", "EMAIL"));
        String email = VALID.replace("WEBHOOK", "EMAIL").replace("https://hooks.example.org/a4p", "desk@mission.example.org");
        badBodies.put("email with CRLF and a header", email.replace("desk@", "desk@mission.example.org\\r\\nBcc: x@"));
        badBodies.put("email with a display name", email.replace("desk@mission.example.org", "Desk <desk@mission.example.org>"));
        badBodies.put("email without domain dot", email.replace("mission.example.org", "localhost"));
        badBodies.put("email of 255 characters", email.replace("desk@", "d".repeat(60) + "@" + "e".repeat(60) + "." + "f".repeat(60) + "."
                + "g".repeat(60) + ".x"));
        badBodies.put("unknown language", email.replace("{", "{\"language\": \"de\", "));
        badBodies.put("language in capitals", email.replace("{", "{\"language\": \"EN\", "));
        badBodies.put("unknown digest", email.replace("{", "{\"digest\": \"HOURLY\", "));
        badBodies.put("digest for a webhook", VALID.replace("{", "{\"digest\": \"DAILY\", "));
        badBodies.put("channel as ordinal", VALID.replace("\"WEBHOOK\"", "0"));
        badBodies.put("target ftp", VALID.replace("https://hooks.example.org/a4p", "ftp://hooks.example.org/a4p"));
        badBodies.put("target javascript", VALID.replace("https://hooks.example.org/a4p", "javascript:alert(1)"));
        badBodies.put("target file", VALID.replace("https://hooks.example.org/a4p", "file:///etc/passwd"));
        badBodies.put("target relative", VALID.replace("https://hooks.example.org/a4p", "/a4p/hooks"));
        badBodies.put("target with credentials", VALID.replace("https://hooks.example.org", "https://user:pw@hooks.example.org"));
        badBodies.put("target private 10/8", VALID.replace("https://hooks.example.org/a4p", "http://10.0.0.1/"));
        badBodies.put("target private 192.168/16", VALID.replace("https://hooks.example.org/a4p", "http://192.168.1.1/hook"));
        badBodies.put("target private 172.16/12", VALID.replace("https://hooks.example.org/a4p", "http://172.16.5.4:8080/hook"));
        badBodies.put("target link-local metadata", VALID.replace("https://hooks.example.org/a4p", "http://169.254.169.254/latest/meta-data/"));
        badBodies.put("target multicast", VALID.replace("https://hooks.example.org/a4p", "http://224.0.0.1/hook"));
        badBodies.put("target unspecified", VALID.replace("https://hooks.example.org/a4p", "http://0.0.0.0:8083/hook"));
        badBodies.put("target IPv6 unique local", VALID.replace("https://hooks.example.org/a4p", "http://[fd00::1]/hook"));
        badBodies.put("target IPv6 link-local", VALID.replace("https://hooks.example.org/a4p", "http://[fe80::1]/hook"));
        badBodies.put("target private as decimal", VALID.replace("https://hooks.example.org/a4p", "http://167772161/hook"));
        badBodies.put("overlong target", VALID.replace("https://hooks.example.org/a4p", "https://hooks.example.org/" + "a".repeat(2000)));
        badBodies.put("overlong subscriber", VALID.replace(SWEDEN, "S".repeat(201)));
        badBodies.put("blank subscriber", VALID.replace(SWEDEN, "  "));
        badBodies.put("NUL in subscriber", VALID.replace(SWEDEN, "Delegation of Sweden\\u0000"));
        badBodies.put("unknown recommendation", VALID.replace("{", "{\"recommendations\": [99999], "));
        badBodies.put("recommendations as text", VALID.replace("{", "{\"recommendations\": \"all\", "));
        badBodies.put("recommendation as numeric string", VALID.replace("{", "{\"recommendations\": [\"3\"], "));
        badBodies.put("unknown area", VALID.replace("{", "{\"areas\": [\"ATLANTIS\"], "));
        badBodies.put("unknown stakeholder", VALID.replace("{", "{\"stakeholders\": [\"NGOS\"], "));
        badBodies.put("unknown body", VALID.replace("{", "{\"bodies\": [\"NOWHERE\"], "));
        badBodies.put("injection as body", VALID.replace("{", "{\"bodies\": [\"C34' OR '1'='1\"], "));
        badBodies.put("lead days above 365", VALID.replace("[7]", "[400]"));
        badBodies.put("negative lead days", VALID.replace("[7]", "[-1]"));
        badBodies.put("duplicate lead days", VALID.replace("[7]", "[7, 7]"));
        badBodies.put("eleven lead days", VALID.replace("[7]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]"));
        badBodies.put("lead days as fraction", VALID.replace("[7]", "[1.5]"));
        badBodies.forEach((how, body) -> cases.add(HostileRequest.of("subscribe with " + how, "POST", "/subscriptions", sweden, body, 400)));
        cases.add(HostileRequest.of("subscribe with a huge body", "POST", "/subscriptions", sweden,
                VALID.replace("https://hooks.example.org/a4p", "https://hooks.example.org/" + "h".repeat(70_000)), 413));
        cases.add(HostileRequest.of("subscribe as text/plain", "POST", "/subscriptions", sweden, VALID, 415).withContentType("text/plain"));

        for (String query : List.of("/subscriptions?limit=0", "/subscriptions?limit=501", "/subscriptions?limit=abc",
                NORWAYS + "/deliveries?limit=0", NORWAYS + "/deliveries?limit=501", NORWAYS + "/deliveries?limit=abc", NORWAYS + "/feed?limit=0", NORWAYS + "/feed?limit=1e3",
                NORWAYS + "/feed?limit=101", NORWAYS + "/feed?after=not-a-cursor", NORWAYS + "/feed?after=-1")) {
            cases.add(HostileRequest.of("read " + query.replace(NORWAYS, "{norway}"), "GET", query, secretariat, null, 400));
        }
        cases.add(HostileRequest.of("read of a path that is not an id", "GET", "/subscriptions/not-a-uuid", secretariat, null, 404));
        cases.add(HostileRequest.of("read of a missing subscription", "GET", "/subscriptions/" + java.util.UUID.randomUUID(), secretariat, null, 404));
        // the two public endpoints of the mails' links: the token is the credential
        String confirm = NORWAYS + "/confirm";
        String token = "{\"token\": \"Zq3xv7bQ0m1K2t9yN4pW6eR8uY0iO2aS4dF6gH8jK0l\"}";
        Map<String, String> badTokens = new java.util.LinkedHashMap<>();
        badTokens.put("malformed JSON", "{\"token\":");
        badTokens.put("JSON array", "[" + token + "]");
        badTokens.put("trailing garbage", token + " {}");
        badTokens.put("duplicate key", token.replace("{", "{\"token\": \"abc\", "));
        badTokens.put("no token", "{}");
        badTokens.put("a null token", "{\"token\": null}");
        badTokens.put("an empty token", "{\"token\": \"\"}");
        badTokens.put("a number as token", "{\"token\": 42}");
        badTokens.put("NUL in the token", "{\"token\": \"abc\\u0000def\"}");
        badTokens.put("CRLF in the token", "{\"token\": \"abc\\r\\ndef\"}");
        badTokens.put("a quote in the token", "{\"token\": \"abc'--\"}");
        badTokens.put("an overlong token", "{\"token\": \"" + "t".repeat(101) + "\"}");
        badTokens.put("an unknown property", token.replace("{", "{\"confirmed\": true, "));
        badTokens.forEach((how, body) -> cases.add(HostileRequest.of("confirm with " + how, "POST", confirm, () -> null, body, 400)));
        cases.add(HostileRequest.of("confirm with a wrong token", "POST", confirm, () -> null, token, 403));
        cases.add(HostileRequest.of("confirm with a wrong token and Norway's bearer token", "POST", confirm, () -> Tokens.delegation(NORWAY), token, 403));
        cases.add(HostileRequest.of("confirm a missing subscription", "POST", "/subscriptions/" + java.util.UUID.randomUUID() + "/confirm",
                () -> null, token, 404));
        cases.add(HostileRequest.of("confirm as text/plain", "POST", confirm, () -> null, token, 415).withContentType("text/plain"));
        cases.add(HostileRequest.of("confirm with a huge body", "POST", confirm, () -> null, token.replace("Zq3", "Z".repeat(70_000)), 413));
        String unsubscribe = NORWAYS + "/unsubscribe";
        cases.add(HostileRequest.of("unsubscribe by link with a wrong token", "POST", unsubscribe + "?token=Zq3xv7bQ0m1K2t9yN4pW6eR8uY0iO2aS4dF6gH8jK0l",
                () -> null, "List-Unsubscribe=One-Click", 403).withContentType("application/x-www-form-urlencoded"));
        for (String query : List.of("", "?token=", "?token=abc%27--", "?token=" + "t".repeat(101), "?token=a%20b", "?token=%E2%80%AE")) {
            cases.add(HostileRequest.of("unsubscribe by link with token '" + query + "'", "POST", unsubscribe + query,
                    () -> null, "List-Unsubscribe=One-Click", 400).withContentType("application/x-www-form-urlencoded"));
            cases.add(HostileRequest.of("unsubscribe page with token '" + query + "'", "GET", unsubscribe + query, () -> null, null, 400));
            cases.add(HostileRequest.of("confirmation page with token '" + query + "'", "GET", confirm + query, () -> null, null, 400));
        }
        cases.add(HostileRequest.of("briefing without session", "GET", "/briefings", () -> null, null, 400));
        cases.add(HostileRequest.of("briefing of an overlong session id", "GET", "/briefings?session=" + "s".repeat(201), () -> null, null, 400));
        return cases;
    }

    static List<HostileRequest> generated() {
        return HostileBattery.of(List.of(
                Operation.read("/briefings", Map.of(), "session"),
                Operation.read("/subscriptions", Map.of(), "limit").withToken(() -> Tokens.delegation(NORWAY)),
                Operation.read("/subscriptions/{id}", Map.of("id", NORWAY_ID)).withToken(() -> Tokens.delegation(NORWAY)),
                Operation.read("/subscriptions/{id}/deliveries", Map.of("id", NORWAY_ID), "limit").withToken(() -> Tokens.delegation(NORWAY)),
                Operation.read("/subscriptions/{id}/feed", Map.of("id", NORWAY_ID), "after", "limit").withToken(() -> Tokens.delegation(NORWAY)),
                Operation.read("/subscriptions/{id}/confirm", Map.of("id", NORWAY_ID), "token"),
                Operation.read("/subscriptions/{id}/unsubscribe", Map.of("id", NORWAY_ID), "token"),
                Operation.write("POST", "/subscriptions", Map.of(), VALID.replace("https://hooks.example.org/a4p", "ftp://nowhere"), () -> Tokens.delegation(SWEDEN)),
                Operation.write("DELETE", "/subscriptions/{id}", Map.of("id", NORWAY_ID), null, () -> Tokens.delegation(SWEDEN)),
                Operation.write("POST", "/subscriptions/{id}/deliveries/{deliveryId}/retry", Map.of("id", NORWAY_ID, "deliveryId", "999999"), null, () -> Tokens.delegation(NORWAY))));
    }
}

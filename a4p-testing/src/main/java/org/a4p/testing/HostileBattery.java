package org.a4p.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue-12 battery, generated: a table of operations (each with its path and query parameters, a body and
 * the token it needs) times tables of hostile values. Every path parameter gets every hostile text (a 400 problem
 * naming it: the platform's RequestTextFilter), every operation with query parameters every hostile text on one of
 * them; every parameter gets every odd value (any answer but a 5xx; a 4xx for a write); every write gets every bad
 * token (401) and every bad body (a 4xx).
 */
public final class HostileBattery {

    /** Percent-encoded texts that no parameter may carry: each is a 400. */
    public static final Map<String, String> HOSTILE_TEXT = texts();
    /** Odd but well-formed values: out-of-range numbers and dates, huge, traversal, injection, wrong types. */
    public static final Map<String, String> ODD_VALUES = oddValues();
    /** Bodies no write accepts. */
    public static final Map<String, String> BAD_BODIES = badBodies();

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    private HostileBattery() {
    }

    /**
     * One operation: {@code path} with {@code {name}} placeholders filled by {@code pathValues} (values that
     * address a real resource), the query parameters it reads, and for a write its valid body and token.
     */
    public record Operation(String method, String path, Map<String, String> pathValues, List<String> query,
                            String body, Supplier<String> token) {

        public static Operation read(String path, Map<String, String> pathValues, String... query) {
            return new Operation("GET", path, pathValues, List.of(query), null, () -> null);
        }

        public static Operation write(String method, String path, Map<String, String> pathValues, String body, Supplier<String> token) {
            return new Operation(method, path, pathValues, List.of(), body, token);
        }

        /** The same operation sent with {@code token} (reads that need one). */
        public Operation withToken(Supplier<String> token) {
            return new Operation(method, path, pathValues, query, body, token);
        }

        boolean isWrite() {
            return !method.equals("GET");
        }

        String path(String parameter, String value) {
            Matcher m = PARAMETER.matcher(path);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                m.appendReplacement(b, Matcher.quoteReplacement(name.equals(parameter) ? value : pathValues.get(name)));
            }
            return m.appendTail(b).toString();
        }

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every hostile request for {@code operations}. */
    public static List<HostileRequest> of(List<Operation> operations) {
        List<HostileRequest> cases = new ArrayList<>();
        for (Operation op : operations) {
            for (String parameter : op.pathParameters()) {
                HOSTILE_TEXT.forEach((what, value) -> cases.add(request(op, "path " + parameter + " " + what,
                        op.path(parameter, "a" + value + "b"), 400)));
                ODD_VALUES.forEach((what, value) -> cases.add(request(op, "path " + parameter + " " + what,
                        op.path(parameter, value), op.isWrite() ? HostileRequest.ANY_CLIENT_ERROR : HostileRequest.NO_SERVER_ERROR)));
            }
            // The raw query is refused by one route ahead of every resource, alike for every parameter name
            // (a4p-platform's RequestTextTest): each hostile text once per operation, the texts taking the
            // operation's parameters in turn. Odd values reach each parameter's own parsing, so each gets all.
            List<String> texts = List.copyOf(HOSTILE_TEXT.keySet());
            for (int i = 0; i < texts.size() && !op.query().isEmpty(); i++) {
                String parameter = op.query().get(i % op.query().size());
                cases.add(request(op, "query " + parameter + " " + texts.get(i),
                        op.path(null, null) + "?" + parameter + "=x" + HOSTILE_TEXT.get(texts.get(i)), 400));
            }
            for (String parameter : op.query()) {
                ODD_VALUES.forEach((what, value) -> cases.add(request(op, "query " + parameter + " " + what,
                        op.path(null, null) + "?" + parameter + "=" + value, HostileRequest.NO_SERVER_ERROR)));
            }
            if (op.isWrite()) {
                HostileRequest.unauthenticated(op.toString(), op.method, op.path(null, null), op.body).forEach(cases::add);
                Tokens.oddlyShaped().forEach((what, token) -> cases.add(new HostileRequest(op + " with a token of " + what,
                        op.method, op.path(null, null), () -> token, op.body == null ? null : HostileRequest.JSON, op.body, Map.of(), 401)));
            }
            if (op.body != null) {
                BAD_BODIES.forEach((what, body) -> cases.add(new HostileRequest(op + " with body " + what, op.method,
                        op.path(null, null), op.token, HostileRequest.JSON, body, Map.of(), HostileRequest.ANY_CLIENT_ERROR)));
                for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json-patch+json")) {
                    cases.add(new HostileRequest(op + " as " + type, op.method, op.path(null, null), op.token, type, op.body,
                            Map.of(), HostileRequest.ANY_CLIENT_ERROR));
                }
            }
        }
        return cases;
    }

    /**
     * {@code valid} (a JSON object whose first member is a string) broken in the ways every JSON write refuses with
     * a 400 whatever its fields: cut off, wrapped in an array, emptied, followed by garbage, its first key twice.
     */
    public static Map<String, String> brokenJson(String valid) {
        String firstMember = valid.substring(valid.indexOf('{') + 1, valid.indexOf(',')).strip();
        Map<String, String> b = new LinkedHashMap<>();
        b.put("malformed JSON", valid.substring(0, valid.indexOf(':') + 1));
        b.put("JSON array", "[" + valid + "]");
        b.put("empty object", "{}");
        b.put("trailing garbage", valid + " {}");
        b.put("duplicate key", "{" + firstMember + ", " + valid.substring(valid.indexOf('{') + 1));
        return b;
    }

    private static HostileRequest request(Operation op, String what, String path, int status) {
        // an odd but well-formed value might name a resource a write would create: send those writes without a token
        Supplier<String> token = op.isWrite() && status != 400 ? () -> null : op.token;
        return new HostileRequest(op + ": " + what, op.method, path, token, op.body == null ? null : HostileRequest.JSON,
                op.body, Map.of(), status);
    }

    private static Map<String, String> texts() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("NUL", "%00");
        t.put("SOH", "%01");
        t.put("backspace", "%08");
        t.put("CR LF (log forging)", "%0D%0A12:00:00%20INFO%20forged");
        t.put("LF", "%0A");
        t.put("ESC (terminal)", "%1B%5B31m");
        t.put("DEL", "%7F");
        t.put("C1 U+0080", "%C2%80");
        t.put("C1 NEL U+0085", "%C2%85");
        t.put("lone high surrogate", "%ED%A0%80");
        t.put("lone low surrogate", "%ED%BF%BF");
        t.put("invalid UTF-8 byte", "%FF");
        t.put("overlong NUL", "%C0%80");
        t.put("truncated UTF-8", "%E2%82");
        t.put("5-byte UTF-8", "%F8%88%80%80%80");
        return t;
    }

    private static Map<String, String> oddValues() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("negative", "-1");
        v.put("zero", "0");
        v.put("beyond int", "99999999999999999999");
        v.put("beyond year 9999", "999999999");
        v.put("exponent", "1e309");
        v.put("NaN", "NaN");
        v.put("date out of range", "+999999999-12-31");
        v.put("impossible date", "2025-02-30");
        v.put("huge", "h".repeat(4000));
        v.put("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
        v.put("SQL injection", "x'%20OR%20'1'='1");
        v.put("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        v.put("JSON", "%7B%22a%22:1%7D");
        v.put("blank", "%20");
        v.put("emoji", "%F0%9F%98%80");
        v.put("percent sign", "100%25");
        return v;
    }

    private static Map<String, String> badBodies() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("malformed JSON", "{\"a\": ");
        b.put("empty", "");
        b.put("null", "null");
        b.put("a number", "42");
        b.put("a string", "\"text\"");
        b.put("an array", "[]");
        b.put("deeply nested", "[".repeat(5000) + "]".repeat(5000));
        b.put("NUL in a key", "{\"\\u0000\": 1}");
        b.put("lone surrogate", "{\"x\": \"\\ud800\"}");
        b.put("duplicate unknown keys", "{\"x\": 1, \"x\": 2}");
        b.put("a comment", "/* */ {}");
        b.put("single quotes", "{'a': 1}");
        return b;
    }
}

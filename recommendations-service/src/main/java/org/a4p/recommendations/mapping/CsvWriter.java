package org.a4p.recommendations.mapping;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The service's CSV downloads (the export, the statistics), written one way: RFC 4180, UTF-8 with a byte order mark,
 * CRLF line ends, and every cell through {@link #field}, the OWASP CSV Injection defence.
 */
public final class CsvWriter {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    /** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte order mark. */
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";
    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV Injection). */
    private static final String FORMULA_START = "=+-@\t\r";
    /** The text-marker a spreadsheet shows a cell behind; written before a formula-like value, taken off by the import. */
    static final char TEXT_MARK = '\'';

    private final StringBuilder csv = new StringBuilder(BOM);

    /** A document whose first row is {@code header}. */
    public CsvWriter(List<String> header) {
        row(header);
    }

    public CsvWriter row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(CRLF);
        return this;
    }

    /** UTF-8 bytes: the byte order mark and the rows so far. */
    public byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
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
     * The value a cell written by {@link #field} stands for: the inverse of the formula defence. A cell of quotes
     * followed by a formula character lost its first quote; any other cell (one that starts with a quote and then
     * text, say) is the value itself.
     */
    public static String unmarked(String cell) {
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

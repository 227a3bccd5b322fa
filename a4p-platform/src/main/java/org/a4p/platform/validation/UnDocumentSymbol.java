package org.a4p.platform.validation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the shape of a UN document symbol (ST/LIB/SER.B/5/Rev.6, the UN's own guide to its symbols): a series
 * symbol of a principal organ or body ({@code A}, {@code S}, {@code E}, {@code ST}, ...), then components separated by
 * {@code /} (a subsidiary body such as {@code C.4} or {@code AC.121}, a session or year, {@code RES}, {@code PRST},
 * {@code L.2}, {@code Add.1}, {@code Rev.1}, {@code Corr.1}, a number), at least one of them with a number (a session, a year, {@code ES-10}, {@code L.22}), and at the end
 * optionally the year of a Security Council resolution in parentheses ({@code S/RES/2436 (2018)}), a part letter
 * ({@code A/RES/72/262 C}) and an asterisk for a reissued document. It does not ask whether the document exists.
 */
public final class UnDocumentSymbol {

    /** Series symbols of the principal organs and of the bodies that issue their own series. */
    static final Set<String> SERIES = Set.of("A", "S", "E", "ST", "T", "ICJ", "DP", "UNEP", "TD", "CEDAW", "CRC",
            "CCPR", "CERD", "CAT", "CRPD", "CMW", "DPKO", "UNW", "HSP", "CD", "SG");

    private static final String COMPONENT = "(?:[A-Z]{1,8}(?:\\.[0-9]{1,4})?|[A-Z]{1,3}-[0-9]{1,3}|[0-9]{1,5}"
            + "|(?:Add|Rev|Corr|Amend|Summary)\\.[0-9]{1,3})";
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{1,6})((?:/" + COMPONENT + "){1,8})"
            + "(?: \\((19[4-9][0-9]|2[0-9]{3})\\))?(?: [A-Z])?\\*?");
    private static final Pattern NUMBER = Pattern.compile("[0-9]");

    private UnDocumentSymbol() {
    }

    public static boolean isValid(String symbol) {
        if (symbol == null || symbol.length() > 100) {
            return false;
        }
        var m = SHAPE.matcher(symbol);
        return m.matches() && SERIES.contains(m.group(1)) && NUMBER.matcher(m.group(2)).find();
    }
}

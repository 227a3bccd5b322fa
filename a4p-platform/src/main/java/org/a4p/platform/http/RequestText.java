package org.a4p.platform.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text a request may carry in its parameters and the headers the services read. PostgreSQL refuses NUL in
 * text (a 500 deep in a query), control characters forge log lines and break CSV/iCalendar/Markdown output, and
 * invalid UTF-8 or a lone surrogate would be stored as '?' or U+FFFD. So a raw (still percent-encoded) value is
 * decoded strictly here and refused as a whole, before any service code sees it.
 */
public final class RequestText {

    private RequestText() {
    }

    /**
     * Why the percent-encoded {@code raw} is not acceptable text, or empty when it is.
     *
     * @param form      whether '+' means a space (query strings)
     * @param allowTab  whether a TAB is acceptable (free-text query values)
     */
    public static Optional<String> problemInEncoded(String raw, boolean form, boolean allowTab) {
        String decoded;
        try {
            decoded = decode(raw, form);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return problemInDecoded(decoded, allowTab);
    }

    /** Why the already decoded {@code value} is not acceptable text, or empty when it is. */
    public static Optional<String> problemInDecoded(String value, boolean allowTab) {
        if (hasLoneSurrogate(value)) {
            return Optional.of("must not contain a lone surrogate");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(allowTab && c == '\t')) {
                return Optional.of("must not contain control characters (found U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text has a surrogate that is not half of a pair: no Unicode text, which PostgreSQL would store as
     * '?' (request parameters here, JSON strings in json.StrictJson, imported cells).
     */
    public static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls, DEL and C1 controls. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    static String decode(String raw, boolean form) {
        if (raw.indexOf('%') < 0) {
            return form ? raw.replace('+', ' ') : raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new IllegalArgumentException("has a malformed percent-encoding");
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (form && c == '+') {
                bytes.put((byte) ' ');
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            // Java's decoder refuses encoded surrogates (ED A0 80) and overlong forms as malformed
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8");
        }
    }
}

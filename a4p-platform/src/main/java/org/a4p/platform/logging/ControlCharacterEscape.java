package org.a4p.platform.logging;

import io.quarkus.logging.LoggingFilter;
import org.jboss.logmanager.ExtLogRecord;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Request data that reaches a log message (a path, a parameter, a header) cannot start a forged log line: every
 * control character of the formatted message (CR, LF, ESC, NUL, DEL, C1) is written as a {@code \\uXXXX} escape.
 * Stack traces are printed by the format's {@code %e} apart from the message and keep their lines.
 * Configured for the console by the platform's defaults ({@code quarkus.log.console.filter}).
 */
@LoggingFilter(name = ControlCharacterEscape.NAME)
public final class ControlCharacterEscape implements Filter {

    public static final String NAME = "a4p-control-character-escape";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage();
            String escaped = escape(message);
            if (escaped != message) {
                ext.setMessage(escaped, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getMessage() != null && record.getParameters() == null) {
            record.setMessage(escape(record.getMessage()));
        }
        return true;
    }

    /** {@code text} with each control character as {@code \\uXXXX}; the same instance when there is none. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(c -> isControl((char) c))) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (isControl(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}

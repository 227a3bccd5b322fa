package org.a4p.notifications.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Data (texts, notes, titles, names, URLs written by other people) placed into Markdown so that it stays text for
 * any reader: no Markdown syntax takes effect, no HTML tag or entity survives (a renderer passes raw HTML through),
 * and only http(s) URLs become links.
 */
final class MarkdownText {

    /** ASCII punctuation that means something to CommonMark or GFM (emphasis, links, code, tables, lists, headings). */
    private static final String SYNTAX = "\\`*_{}[]()#+-.!|~:";

    private MarkdownText() {
    }

    /** One line of plain text; null becomes "-". */
    static String text(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(' ');
                    } else {
                        if (c < 128 && SYNTAX.indexOf(c) >= 0) {
                            out.append('\\');
                        }
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** {@code [label](url)} for an absolute http(s) URL; anything else (javascript:, data:, relative) as text. */
    static String link(String label, String url) {
        return isWeb(url) ? "[" + text(label) + "](" + destination(url) + ")" : text(label) + " (" + text(url) + ")";
    }

    static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A link destination that cannot end early or carry markup: every character outside a safe set percent-encoded. */
    private static String destination(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:/?#@!$+,;=%".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}

package org.a4p.recommendations.rest;

import org.a4p.platform.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ETag of a recommendation is its version, quoted: {@code "3"}. */
final class ETags {

    static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header demands, or null when any version will do (absent or {@code *}).
     * A weak or unquoted tag is refused: If-Match needs a strong comparison (RFC 9110 13.1.1).
     */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = STRONG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw ProblemException.badRequest(IF_MATCH, "must be a strong entity tag such as \"3\" (the version, quoted)");
        }
        return Long.parseLong(m.group(1));
    }
}

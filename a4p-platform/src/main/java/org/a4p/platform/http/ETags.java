package org.a4p.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.problem.ProblemException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Entity tags of versioned resources: the version, quoted ({@code "3"}), for If-Match and If-None-Match. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";
    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The answer carrying a versioned resource as it is now: {@code body} with its version as ETag, so the client
     * can send it back in If-Match on its next write. {@code answer} decides the status (200, or 201 with Location).
     */
    public static Response tagged(Response.ResponseBuilder answer, long version, Object body) {
        return answer.header(HttpHeaders.ETAG, of(version)).entity(body).build();
    }

    /**
     * The version an If-Match header demands, or null when any version will do (absent or {@code *}).
     * A weak or unquoted tag is refused: If-Match needs a strong comparison (RFC 9110 13.1.1).
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher m = STRONG.matcher(ifMatch.strip());
        if (!m.matches()) {
            throw ProblemException.badRequest(IF_MATCH, "must be a strong entity tag such as \"3\" (the version, quoted)");
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Whether an If-None-Match header matches {@code etag}, so a GET may answer 304 Not Modified: {@code *}
     * or any listed tag equal to it under the weak comparison that If-None-Match uses (RFC 9110 13.1.2).
     * Anything unparsable simply does not match (the client gets the full answer).
     */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}

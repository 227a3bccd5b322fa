package org.a4p.dashboard.mapping;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/** Links within the dashboard (path plus query, every filter a parameter) and the links it lets out. */
public final class Hrefs {

    private Hrefs() {
    }

    /** {@code path?k1=v1&k2=v2}, leaving out parameters whose value is null; values are URL-encoded. */
    public static String of(String path, String... keysAndValues) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                query.add(keysAndValues[i] + "=" + URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The URL itself if it is an absolute http(s) URL with a host, else null: nothing else becomes a link. */
    public static String safeExternal(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A value as one path segment (a session id may hold any character). */
    public static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

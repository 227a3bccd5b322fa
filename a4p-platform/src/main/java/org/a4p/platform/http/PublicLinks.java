package org.a4p.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Absolute links this service hands out ({@code Location}, links in bodies), built from the configured public base
 * URL ({@code a4p.http.public-base-url}, e.g. {@code https://a4p.example.org/recommendations}) and never from the
 * request's {@code Host} header, which any client sets (a poisoned cache or a link to an attacker's host). Without a
 * configured base URL, links point at this service's own port on localhost: right for ./run.sh and the tests.
 */
@ApplicationScoped
public class PublicLinks {

    private final Optional<String> configured;
    private volatile String base;

    public PublicLinks(@ConfigProperty(name = "a4p.http.public-base-url") Optional<String> configured) {
        this.configured = configured.filter(s -> !s.isBlank()).map(PublicLinks::strip);
    }

    /** {@code path} is this service's own path (e.g. {@code /sessions/<id>}); each segment must already be safe. */
    public URI to(String path) {
        return URI.create(base() + (path.startsWith("/") ? path : "/" + path));
    }

    // Resolved on first use: under test the HTTP port is chosen at start (quarkus.http.test-port=0) and only known then.
    private String base() {
        String b = base;
        if (b == null) {
            Config config = ConfigProvider.getConfig();
            String portKey = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
            int port = config.getOptionalValue(portKey, Integer.class).orElse(8080);
            b = configured.orElse("http://localhost:" + port);
            base = b;
        }
        return b;
    }

    static String strip(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        URI parsed = URI.create(u);
        if (!("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme())) || parsed.getHost() == null) {
            throw new IllegalArgumentException("a4p.http.public-base-url must be an absolute http(s) URL: " + url);
        }
        return u;
    }
}

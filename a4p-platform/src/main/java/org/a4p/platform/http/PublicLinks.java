package org.a4p.platform.http;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Absolute links this service hands out ({@code Location}, links in bodies), built from the configured public base
 * URL ({@code a4p.http.public-base-url}, e.g. {@code https://a4p.example.org/recommendations}) and never from the
 * request's {@code Host} header, which any client sets (a poisoned cache or a link to an attacker's host). Without a
 * configured base URL, links point at this service's own port on localhost: right for ./run.sh and the tests.
 */
@ApplicationScoped
public class PublicLinks {

    private final IntSupplier port;
    /** The configured base URL, else this service's own once its port is known. */
    private volatile String base;

    @Inject
    public PublicLinks(@ConfigProperty(name = "a4p.http.public-base-url") Optional<String> configured) {
        this(configured, PublicLinks::configuredPort);
    }

    PublicLinks(Optional<String> configured, IntSupplier port) {
        this.base = configured.filter(s -> !s.isBlank()).map(PublicLinks::strip).orElse(null);
        this.port = port;
    }

    /** {@code path} is this service's own path (e.g. {@code /sessions/<id>}); each segment must already be safe. */
    public URI to(String path) {
        return URI.create(base() + (path.startsWith("/") ? path : "/" + path));
    }

    private String base() {
        String b = base;
        if (b == null) {
            int p = port.getAsInt();
            b = "http://localhost:" + p;
            // under test the port is chosen when the server binds (quarkus.http.test-port=0): a link made before that
            // (a mail the sender retries at start-up) must not fix port 0 for every later link
            if (p != 0) {
                base = b;
            }
        }
        return b;
    }

    private static int configuredPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
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

package org.a4p.platform.http;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.a4p.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller for writes (POST, PUT, DELETE, PATCH): the verified token's principal, or the client
 * address for a write without one. Above {@code a4p.rate-limit.writes-per-minute} (after a burst of
 * {@code a4p.rate-limit.burst}) a write is answered 429 with Retry-After. The defaults are far above what a person or
 * the benchmark and fault suites send; 0 writes per minute turns the limit off.
 */
@ApplicationScoped
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    /** Buckets beyond this many callers are forgotten (full again): memory stays bounded under many addresses. */
    private static final int MAX_CALLERS = 100_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    WriteRateLimit(@ConfigProperty(name = "a4p.rate-limit.writes-per-minute", defaultValue = "6000") int perMinute,
                   @ConfigProperty(name = "a4p.rate-limit.burst", defaultValue = "1000") int burst) {
        this.perSecond = perMinute / 60.0;
        this.burst = Math.max(1, burst);
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 100)
    public Optional<Response> limit(ContainerRequestContext request, RoutingContext ctx) {
        if (perSecond <= 0 || !WRITES.contains(request.getMethod())) {
            return Optional.empty();
        }
        Principal user = request.getSecurityContext().getUserPrincipal();
        String caller = user != null && user.getName() != null ? "user:" + user.getName()
                : "address:" + (ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress());
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        long waitSeconds = buckets.computeIfAbsent(caller, c -> new Bucket(burst)).take(perSecond, burst);
        if (waitSeconds == 0) {
            return Optional.empty();
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return Optional.of(Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", waitSeconds)
                .entity(new Problem("urn:a4p:problem:too-many-requests", "Too many requests", 429,
                        "too many writes from this caller; retry after " + waitSeconds + " s", path, null, null))
                .build());
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        /** 0 when a token was taken, else the whole seconds until one is there. */
        synchronized long take(double perSecond, double burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}

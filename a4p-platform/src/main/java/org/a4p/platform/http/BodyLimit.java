package org.a4p.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Answers a request body above {@code quarkus.http.limits.max-body-size} with a 413 problem document. Quarkus
 * enforces the limit itself with an empty 413, before JAX-RS sees a declared Content-Length and inside its input
 * stream for a chunked body, so no exception mapper can answer. Instead: a route just before Quarkus's check
 * (order {@value #ORDER}) refuses a declared length above the limit, and for a chunked body a route just after it
 * takes Quarkus's marker away and {@link BodyLimitInterceptor} counts the bytes as JAX-RS reads them.
 */
@ApplicationScoped
public class BodyLimit {

    /**
     * Just before Quarkus's own upload-limit route. Named through Quarkus's constants so that an upgrade that moves
     * them moves these too; BodyLimitTest (declared and chunked bodies above the limit) fails if what they mean changes.
     */
    static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    /** The routing-context key by which Quarkus REST's input stream enforces the limit with an empty 413. */
    static final String QUARKUS_LIMIT_KEY = VertxHttpRecorder.MAX_REQUEST_SIZE_KEY;

    private final ObjectMapper json;
    private final Optional<MemorySize> limit;

    BodyLimit(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.json = json;
        this.limit = limit;
    }

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, max)) {
                tooLarge(ctx, max);
            } else {
                ctx.next();
            }
        });
        router.route().order(ORDER + 2).handler(ctx -> {
            ctx.remove(QUARKUS_LIMIT_KEY);
            ctx.next();
        });
    }

    /** The 413 problem for a body found too large while it was being read (always with Connection: close). */
    static jakarta.ws.rs.core.Response response(String path, long max) {
        return jakarta.ws.rs.core.Response.status(413).type(Problem.MEDIA_TYPE).header("Connection", "close")
                .entity(problem(path, max)).build();
    }

    private static Problem problem(String path, long max) {
        return new Problem("urn:a4p:problem:payload-too-large", "Payload too large", 413,
                "the request body is larger than " + max + " bytes", path, null, null);
    }

    private static boolean exceeds(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.strip()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void tooLarge(RoutingContext ctx, long max) {
        Problem problem = problem(ctx.normalizedPath(), max);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413,\"title\":\"Payload too large\"}";
        }
        // the rest of the body is not read: close the connection after the answer, as Quarkus does
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}

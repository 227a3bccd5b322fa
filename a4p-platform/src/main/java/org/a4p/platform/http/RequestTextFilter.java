package org.a4p.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.problem.ProblemException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.common.util.MediaTypeHelper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses, before any service code runs, a path or query parameter or a read header whose text {@link RequestText}
 * does not accept: a 400 problem naming the parameter. The raw (still percent-encoded) request line is checked by a
 * Vert.x route ahead of every other (JAX-RS decodes invalid UTF-8 lossily and offers no raw values); query
 * parameters and headers are refused there. A path parameter is only named once JAX-RS has matched its template,
 * so for the path that route leaves a mark that the JAX-RS filter below turns into the answer.
 */
@ApplicationScoped
public class RequestTextFilter {

    /** Ahead of every route that reads the request (BodyLimit, a service's own routes). */
    static final int ORDER = BodyLimit.ORDER - 10;
    /** The very first route: before any route whose path must be matched (matching decodes the path). */
    static final int TARGET_ORDER = Integer.MIN_VALUE;
    /** The longest request target taken; the HTTP server reads up to quarkus.http.limits.max-initial-line-length. */
    static final int MAX_TARGET_LENGTH = 8192;
    /** Headers whose values a service reads (a token, entity tags). */
    static final List<String> READ_HEADERS = List.of("Authorization", "If-Match", "If-None-Match");
    private static final String BAD_PATH = RequestTextFilter.class.getName() + ".path";

    /** A problem document loads nothing; the pages' own policies are set by routes this answer comes before. */
    static final String PROBLEM_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Pattern CONFIGURED_HEADER = Pattern.compile("quarkus\\.http\\.header\\.\"?([^\".]+)\"?\\.value");

    private final ObjectMapper json;
    /** The security headers every answer carries; the route that sets them would run after {@link #checkTarget}. */
    private final Map<String, String> headersOfEveryAnswer;

    RequestTextFilter(ObjectMapper json) {
        this.json = json;
        this.headersOfEveryAnswer = headersOfEveryAnswer(ConfigProvider.getConfig());
    }

    static Map<String, String> headersOfEveryAnswer(Config config) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = CONFIGURED_HEADER.matcher(name);
            if (m.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(value -> headers.put(m.group(1), value));
            }
        }
        headers.put("Content-Security-Policy", PROBLEM_CSP);
        return Map.copyOf(headers);
    }

    void install(@Observes Router router) {
        router.route().order(TARGET_ORDER).handler(this::checkTarget);
        router.route().order(ORDER).handler(this::checkRequestLine);
    }

    /**
     * A request target that is no URI (a bare {@code <}, a {@code %} not followed by two hex digits) or is too long, or a
     * Content-Type or Accept header that is no media type, answered with a problem before anything parses them.
     * Quarkus's own check of the target answers an empty 400 (and Vert.x an empty 414 above its line limit); the
     * platform's main turns Quarkus's check off so that this one answers instead ({@link org.a4p.platform.A4pMain}).
     */
    private void checkTarget(RoutingContext ctx) {
        String target = ctx.request().uri();
        if (target != null && target.length() > MAX_TARGET_LENGTH) {
            sendFirst(ctx, new ProblemException(414, "uri-too-long", "URI Too Long",
                    "the request target is longer than " + MAX_TARGET_LENGTH + " characters", null, null));
            return;
        }
        if (target == null || !isUri(target)) {
            sendFirst(ctx, ProblemException.badRequest("(request target)", "is not a valid URI (RFC 3986): percent-encode it"));
            return;
        }
        Optional<ProblemException> mediaTypes = mediaTypeError(ctx.request());
        if (mediaTypes.isPresent()) {
            sendFirst(ctx, mediaTypes.get());
            return;
        }
        ctx.next();
    }

    static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * JAX-RS parses Content-Type to pick between operations and Accept when an operation ranks the types itself; a
     * value it cannot parse failed there as a 500. A blank Accept means no preference (as no Accept at all) and is
     * dropped; another unparsable one is a 400. An unparsable Content-Type on a request that may carry a body is a 415, as any type
     * the operation does not take; on any other request it means nothing and is dropped.
     */
    static Optional<ProblemException> mediaTypeError(HttpServerRequest request) {
        List<String> accept = request.headers().getAll(HttpHeaders.ACCEPT);
        if (accept.stream().anyMatch(String::isBlank)) {
            request.headers().remove(HttpHeaders.ACCEPT);
            accept = accept.stream().filter(value -> !value.isBlank()).toList();
            accept.forEach(value -> request.headers().add(HttpHeaders.ACCEPT, value));
        }
        for (String value : accept) {
            if (!parses(() -> MediaTypeHelper.parseHeader(value))) {
                return Optional.of(ProblemException.badRequest("Accept", "is not a list of media types (RFC 9110)"));
            }
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !parses(() -> MediaType.valueOf(contentType))) {
            String method = request.method().name();
            if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
                request.headers().remove(HttpHeaders.CONTENT_TYPE);
                return Optional.empty();
            }
            return Optional.of(new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "Content-Type is not a media type; send application/json", null, null));
        }
        return Optional.empty();
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void checkRequestLine(RoutingContext ctx) {
        Optional<Problem.FieldError> error = queryError(ctx.request().query()).or(() -> headerError(ctx));
        if (error.isPresent()) {
            refuse(ctx, error.get());
            return;
        }
        String path = ctx.request().path();
        if (path != null) {
            for (String segment : path.split("/")) {
                Optional<String> problem = RequestText.problemInEncoded(segment, false, false);
                if (problem.isPresent()) {
                    ctx.put(BAD_PATH, problem.get());
                    break;
                }
            }
        }
        ctx.next();
    }

    /** Names the path parameter that the route found bad, or that holds a control character once decoded. */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 500)
    public void checkPathParameters(ContainerRequestContext request, RoutingContext ctx) {
        String badPath = ctx.get(BAD_PATH);
        Map<String, List<String>> parameters = request.getUriInfo().getPathParameters();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                Optional<String> problem = RequestText.problemInDecoded(value, false);
                if (problem.isEmpty() && badPath != null && value.indexOf('\uFFFD') >= 0) {
                    problem = Optional.of(badPath);
                }
                if (problem.isPresent()) {
                    throw ProblemException.badRequest(p.getKey(), problem.get());
                }
            }
        }
        if (badPath != null) {
            throw ProblemException.badRequest("path", badPath);
        }
    }

    static Optional<Problem.FieldError> queryError(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            if (RequestText.problemInEncoded(rawName, true, false).isPresent()) {
                return Optional.of(new Problem.FieldError("(query parameter name)", "is not acceptable text"));
            }
            if (eq >= 0) {
                Optional<String> problem = RequestText.problemInEncoded(pair.substring(eq + 1), true, true);
                if (problem.isPresent()) {
                    return Optional.of(new Problem.FieldError(RequestText.decode(rawName, true), problem.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> headerError(RoutingContext ctx) {
        for (String header : READ_HEADERS) {
            for (String value : ctx.request().headers().getAll(header)) {
                Optional<String> problem = RequestText.problemInDecoded(value, false);
                if (problem.isPresent()) {
                    return Optional.of(new Problem.FieldError(header, problem.get()));
                }
            }
        }
        return Optional.empty();
    }

    private void refuse(RoutingContext ctx, Problem.FieldError error) {
        send(ctx, ProblemException.badRequest(error.field(), error.message()));
    }

    /** An answer before any other route ran: with the headers those routes would have set. */
    private void sendFirst(RoutingContext ctx, ProblemException e) {
        headersOfEveryAnswer.forEach(ctx.response()::putHeader);
        send(ctx, e);
    }

    private void send(RoutingContext ctx, ProblemException e) {
        String body;
        try {
            body = json.writeValueAsString(e.toProblem(null));
        } catch (JsonProcessingException impossible) {
            body = "{\"status\":" + e.status() + "}";
        }
        ctx.response().setStatusCode(e.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}

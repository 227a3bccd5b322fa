package org.a4p.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.a4p.platform.problem.Problem;
import org.a4p.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** Headers whose values a service reads (a token, entity tags). */
    static final List<String> READ_HEADERS = List.of("Authorization", "If-Match", "If-None-Match");
    private static final String BAD_PATH = RequestTextFilter.class.getName() + ".path";

    private final ObjectMapper json;

    RequestTextFilter(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkRequestLine);
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
        ProblemException e = ProblemException.badRequest(error.field(), error.message());
        String body;
        try {
            body = json.writeValueAsString(e.toProblem(null));
        } catch (JsonProcessingException impossible) {
            body = "{\"status\":400,\"title\":\"Invalid request\"}";
        }
        ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}

package org.a4p.platform.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.a4p.platform.problem.Problem;

/**
 * {@code GET /q/asyncapi}: the service's AsyncAPI 3.0 document ({@link AsyncApiDocument}) as YAML, or as JSON with
 * {@code ?format=json} (the convention of {@code /q/openapi}). A Vert.x route rather than a JAX-RS resource, so
 * that it stays out of the service's OpenAPI document. Public, like the OpenAPI document.
 */
@ApplicationScoped
public class AsyncApiRoute {

    public static final String PATH = "/q/asyncapi";

    private final ObjectMapper json;

    AsyncApiRoute(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        AsyncApiDocument document = AsyncApiDocument.load(Thread.currentThread().getContextClassLoader());
        if (document == null) {
            return;
        }
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> serve(ctx, document));
    }

    private void serve(RoutingContext ctx, AsyncApiDocument document) {
        String format = ctx.request().getParam("format");
        if (format == null || format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml")) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/yaml;charset=UTF-8").end(document.yaml());
        } else if (format.equalsIgnoreCase("json")) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8").end(document.json());
        } else {
            badFormat(ctx);
        }
    }

    private void badFormat(RoutingContext ctx) {
        Problem problem = new Problem("urn:a4p:problem:invalid-parameter", "Invalid parameter", 400,
                "format must be yaml or json", PATH, java.util.List.of(new Problem.FieldError("format", "must be yaml or json")), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":400,\"title\":\"Invalid parameter\"}";
        }
        ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}

package org.a4p.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.a4p.platform.json.StrictJson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error leaves a service as {@code application/problem+json}. Unexpected failures are logged
 * with an id that the answer repeats; the answer never carries a stack trace, SQL or class names.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("urn:a4p:problem:invalid-request", "Invalid request", 400, detail, path(uri), errors, null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = jsonPath(u.getPath());
            message = "unknown property '" + u.getPropertyName() + "'";
        } else if (e instanceof StrictJson.Refused r) {
            message = r.reason();
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            message = "cannot be read as " + f.getTargetType().getSimpleName();
        } else if (e instanceof JsonMappingException && !field.isEmpty()) {
            message = "has the wrong type or shape";
        } else {
            message = "the body is not valid JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field.isEmpty() ? message : field + ": " + message;
        return respond(new Problem("urn:a4p:problem:invalid-request", "Invalid request", 400, detail, path(uri), errors, null));
    }

    /**
     * Quarkus REST has a built-in mapper for {@link MismatchedInputException} (unknown enum value, wrong type,
     * unknown property) that answers plain JSON; being more specific it would win over {@link #unreadableJson}.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem("urn:a4p:problem:concurrent-modification", "Concurrent modification", 409,
                "the resource was changed by another request; read it again and retry", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        var tooLarge = org.a4p.platform.http.BodyLimitInterceptor.tooLarge(e, path(uri));
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Request refused" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed here" + (original.getAllowedMethods().isEmpty() ? ""
                    : "; allowed: " + String.join(", ", original.getAllowedMethods().stream().sorted().toList()));
            case 406 -> "none of the accepted media types can be produced";
            case 415 -> "unsupported media type; send application/json";
            default -> safeMessage(e);
        };
        Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:a4p:problem:" + slug(title), title, status, detail, path(uri), null, null));
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            b.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return b.build();
    }

    /**
     * A chunked body that outgrows {@code quarkus.http.limits.max-body-size} is cut off while JAX-RS reads it
     * (Quarkus REST throws an IOException "Request too large"); a declared Content-Length is refused earlier by
     * {@link org.a4p.platform.http.BodyLimit}. Any other read failure is unexpected.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        if ("Request too large".equals(e.getMessage())) {
            return respond(new Problem("urn:a4p:problem:payload-too-large", "Payload too large", 413,
                    "the request body is larger than the limit", path(uri), null, null));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", id, path(uri));
        return respond(new Problem("urn:a4p:problem:internal-error", "Internal error", 500,
                "an unexpected error occurred; quote " + id + " when reporting it", path(uri), null, Map.of("errorId", id)));
    }

    static Response respond(Problem p) {
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String safeMessage(WebApplicationException e) {
        String m = e.getMessage();
        if (m == null || m.startsWith("HTTP ") || m.contains("Exception") || m.length() > 300) {
            return "the request was refused";
        }
        return m;
    }

    private static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The property path without the method and parameter names that Hibernate Validator puts first. */
    static String field(ConstraintViolation<?> v) {
        StringBuilder b = new StringBuilder();
        for (Path.Node n : v.getPropertyPath()) {
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR
                    || n.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (n.getKind() == ElementKind.PARAMETER) {
                // a request body parameter contributes nothing; a query or path parameter is the field
                b.setLength(0);
                b.append(n.getName());
                continue;
            }
            if (n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (n.getIndex() != null && !b.isEmpty()) {
                    b.append('[').append(n.getIndex()).append(']');
                }
                if (n.getName() != null && !n.getName().startsWith("<")) {
                    if (!b.isEmpty() && isBodyParameterPrefix(b)) {
                        b.setLength(0);
                    }
                    if (!b.isEmpty()) {
                        b.append('.');
                    }
                    b.append(n.getName());
                }
            }
        }
        return b.toString();
    }

    private static boolean isBodyParameterPrefix(StringBuilder b) {
        // Validated bodies are parameters named like 'body', 'request' or 'arg0': drop that prefix.
        String s = b.toString();
        return s.equals("body") || s.equals("request") || s.startsWith("arg") || s.endsWith("Request") || s.endsWith("Body");
    }
}

package org.a4p.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An example problem for an error response that names none: the {@code type} and {@code title} the platform's mappers
 * send for that status ({@code problem.ProblemMappers}, {@code security.SecurityProblemMappers},
 * {@code http.WriteRateLimit}, {@code http.BodyLimit}), and the response's own description as {@code detail}, so that
 * each response shows its own case instead of one example for all.
 */
final class ProblemExamples {

    private record Kind(String slug, String title) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("400", new Kind("invalid-request", "Invalid request")),
            Map.entry("401", new Kind("unauthorized", "Unauthorized")),
            Map.entry("403", new Kind("forbidden", "Forbidden")),
            Map.entry("404", new Kind("not-found", "Not found")),
            Map.entry("405", new Kind("method-not-allowed", "Method Not Allowed")),
            Map.entry("406", new Kind("not-acceptable", "Not Acceptable")),
            Map.entry("409", new Kind("conflict", "Conflict")),
            Map.entry("412", new Kind("precondition-failed", "Precondition failed")),
            Map.entry("413", new Kind("payload-too-large", "Payload too large")),
            Map.entry("415", new Kind("unsupported-media-type", "Unsupported Media Type")),
            Map.entry("429", new Kind("too-many-requests", "Too many requests")),
            Map.entry("500", new Kind("internal-error", "Internal error")),
            Map.entry("503", new Kind("service-unavailable", "Service Unavailable")));

    private ProblemExamples() {
    }

    static Map<String, Object> of(String code, String description) {
        Kind kind = KINDS.getOrDefault(code, new Kind("request-refused", "Request refused"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:a4p:problem:" + kind.slug());
        example.put("title", kind.title());
        example.put("status", Integer.parseInt(code));
        if (description != null && !description.isBlank()) {
            example.put("detail", description);
        }
        return example;
    }
}

package org.a4p.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services for a request that is refused; mapped to {@code application/problem+json}.
 * The transaction of the request is rolled back, so nothing is changed.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String kind, String title, String detail,
                            List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors;
        this.extensions = extensions;
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    public static ProblemException conflict(String kind, String title, String detail, Map<String, Object> extensions) {
        return new ProblemException(409, kind, title, detail, null, extensions);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem("urn:a4p:problem:" + kind, title, status, getMessage(), instance, errors, extensions);
    }
}

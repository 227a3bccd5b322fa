package org.a4p.recommendations.service;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.a4p.platform.problem.ProblemException;

/**
 * Who is acting in this request. Until authentication arrives (issue 6) the caller names itself in the
 * optional {@code X-A4P-Actor} header; this is the one place to replace with the token's principal.
 */
@RequestScoped
public class CurrentActor {

    public static final String HEADER = "X-A4P-Actor";
    public static final String ANONYMOUS = "anonymous";
    static final int MAX_LENGTH = 200;

    @Inject
    HttpServerRequest request;

    public String name() {
        String value = request.getHeader(HEADER);
        if (value == null) {
            return ANONYMOUS;
        }
        String name = value.strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(HEADER, "must be 1 to " + MAX_LENGTH + " characters");
        }
        return name;
    }
}

package org.a4p.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.a4p.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * A client that accepts {@code application/problem+json} asks to understand our errors, not to refuse a success
 * answer of another type: without this, an operation that produces no JSON (a 204, text/calendar) answered such a
 * request with 406 before it even checked the token or the resource. The error answer is a problem document
 * whatever the Accept header says; the success answer keeps the operation's own type.
 */
public class ProblemAcceptable {

    @ServerRequestFilter(preMatching = true)
    public void acceptAnySuccessType(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.stream().anyMatch(a -> a.toLowerCase().contains(Problem.MEDIA_TYPE))) {
            request.getHeaders().add(HttpHeaders.ACCEPT, "*/*;q=0.001");
        }
    }
}

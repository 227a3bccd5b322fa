package org.a4p.platform.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.a4p.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem documents. Authentication is lazy ({@code quarkus.http.auth.proactive=false}), so a
 * missing, expired or forged token surfaces inside JAX-RS as one of these exceptions; Quarkus's own mappers
 * would answer with an empty body. The detail never says why a token was refused, which would help a forger.
 */
public class SecurityProblemMappers {

    static final String CHALLENGE = "Bearer";

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:a4p:problem:forbidden", "Forbidden", 403,
                        "the token does not carry a role allowed to do this", path(uri), null, null))
                .build();
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(new Problem("urn:a4p:problem:unauthorized", "Unauthorized", 401,
                        "a valid bearer token is required (Authorization: Bearer <JWT>)", path(uri), null, null))
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}

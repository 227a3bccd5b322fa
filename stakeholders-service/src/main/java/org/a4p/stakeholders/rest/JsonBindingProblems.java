package org.a4p.stakeholders.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.a4p.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST has a built-in mapper for {@link MismatchedInputException} (unknown property, unknown
 * enum value, unreadable date), and a mapper for the exact class wins over the platform's mapper for
 * its superclass: without this, those 400s would be plain JSON instead of problem documents.
 */
public class JsonBindingProblems {

    private final ProblemMappers platform = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return platform.unreadableJson(e, uri);
    }
}

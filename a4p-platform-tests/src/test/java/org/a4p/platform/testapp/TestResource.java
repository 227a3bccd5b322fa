package org.a4p.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.a4p.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Map;

@Path("/test")
@Produces(MediaType.APPLICATION_JSON)
public class TestResource {

    @Inject
    TestEvents events;

    /** Writes one outbox event in the request's transaction, as a service's write does. */
    @POST
    @Path("/publish/{key}")
    public Map<String, String> publish(@PathParam("key") String key) {
        return Map.of("id", events.publish(key, 1));
    }

    public record Body(@NotBlank String name, int count) {
    }

    @GET
    @Path("/conflict")
    @APIResponse(responseCode = "200", description = "never")
    @APIResponse(responseCode = "409", description = "Always a conflict")
    public String conflict() {
        throw ProblemException.conflict("test-conflict", "Test conflict", "always", Map.of("allowed", 3));
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals at org.a4p.Something");
    }

    @GET
    @Path("/echo/{id}")
    public Map<String, String> echo(@PathParam("id") String id, @QueryParam("q") String q) {
        return q == null ? Map.of("id", id) : Map.of("id", id, "q", q);
    }

    @POST
    @Path("/secured")
    @RolesAllowed("secretariat")
    public Map<String, String> secured(@Context SecurityContext security) {
        return Map.of("user", security.getUserPrincipal().getName());
    }

    @POST
    @Path("/body")
    @Consumes(MediaType.APPLICATION_JSON)
    public Body echo(@Valid Body body) {
        return body;
    }

    /** One path, two operations told apart by Content-Type (as a subscription's confirmation: JSON or a form). */
    @POST
    @Path("/either")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> eitherJson(Body body) {
        return Map.of("as", "json");
    }

    @POST
    @Path("/either")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, String> eitherForm(@FormParam("name") String name) {
        return Map.of("as", "form");
    }

    /** Ranks the Accept header itself (as the statistics' CSV and the briefings' Markdown do). */
    @GET
    @Path("/ranked")
    public Map<String, String> ranked(@Context HttpHeaders headers) {
        return Map.of("first", headers.getAcceptableMediaTypes().get(0).toString());
    }
}

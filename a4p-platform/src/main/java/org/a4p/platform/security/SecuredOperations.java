package org.a4p.platform.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.a4p.platform.openapi.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes every operation that declares {@code @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = role)}:
 * documents its 401 and 403 answers with the Problem schema and names the role in its description, so that each
 * protected operation of every service says the same thing without repeating the annotations.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecuredOperations implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            return operation;
        }
        Set<String> roles = new LinkedHashSet<>();
        security.forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        operation.setSecurity(alternatives(security));
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        problem(responses, "401", SecuritySchemes.UNAUTHORIZED);
        problem(responses, "403", roles.isEmpty() ? "The token does not carry the role this operation needs"
                : "The token does not carry the role " + String.join(" or ", roles.stream().map(r -> "'" + r + "'").toList()));
        operation.setResponses(responses);
        if (!roles.isEmpty()) {
            String role = "Role: " + String.join(" or ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? role : role + " " + description);
        }
        return operation;
    }

    /**
     * Under OpenAPI 3.1 the roles of one requirement object are all required; an operation that accepts either role
     * (and the requirement Quarkus derives from {@code @RolesAllowed({a, b})}) is one requirement object per role.
     */
    static List<SecurityRequirement> alternatives(List<SecurityRequirement> security) {
        Set<Map.Entry<String, String>> seen = new LinkedHashSet<>();
        List<SecurityRequirement> split = new ArrayList<>();
        security.forEach(requirement -> requirement.getSchemes().forEach((scheme, roles) -> {
            if (roles == null || roles.isEmpty()) {
                if (seen.add(Map.entry(scheme, ""))) {
                    split.add(OASFactory.createSecurityRequirement().addScheme(scheme));
                }
            } else {
                roles.stream().filter(role -> seen.add(Map.entry(scheme, role)))
                        .forEach(role -> split.add(OASFactory.createSecurityRequirement().addScheme(scheme, role)));
            }
        }));
        return split;
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(ProblemResponses.problemContent()));
    }
}

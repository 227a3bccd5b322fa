package org.a4p.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.a4p.platform.problem.ProblemException;

import java.util.Optional;

/**
 * Who is calling, as the verified bearer token says: never a request header or body field, so that what a
 * service records as "changed by" cannot be spoofed. Only meaningful in operations that require a role.
 */
@RequestScoped
public class Caller {

    static final int MAX_NAME_LENGTH = 200;

    @Inject
    JsonWebToken token;

    /** The token's principal: {@code upn}, else {@code preferred_username}, else {@code sub}. */
    public String name() {
        String name = token.getName();
        if (name == null || name.isBlank()) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "the token names no user (upn, preferred_username or sub)", null, null);
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isSecretariat() {
        return hasRole(Roles.SECRETARIAT);
    }

    /** The delegation a {@code delegation} token acts for (claim {@value Roles#DELEGATION_CLAIM}), if it names one. */
    public Optional<String> delegation() {
        Object claim = token.getClaim(Roles.DELEGATION_CLAIM);
        String value = claim == null ? null : claim.toString();
        if (claim instanceof jakarta.json.JsonString s) {
            value = s.getString();
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The delegation, or a 403 problem when a delegation token does not name one. */
    public String requiredDelegation() {
        return delegation().orElseThrow(() -> new ProblemException(403, "forbidden", "Forbidden",
                "the token does not name a delegation (claim '" + Roles.DELEGATION_CLAIM + "')", null, null));
    }

}

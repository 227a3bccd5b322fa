package org.a4p.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.consumer.JwtContext;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Verifies tokens as smallrye-jwt does (signature, issuer, expiry), then refuses a correctly signed token whose
 * claims have the wrong shape: {@code groups} that is not an array of strings (an object made smallrye-jwt fail
 * with a 500, nested arrays silently gave no roles), a name claim that is not a string, no {@code iat}, or a
 * lifetime ({@code exp - iat}) above {@code a4p.security.max-token-lifetime}. A refusal is a ParseException,
 * which Quarkus turns into a 401 (security.SecurityProblemMappers).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TokenShape extends JWTCallerPrincipalFactory {

    private static final List<String> NAME_CLAIMS = List.of("upn", "preferred_username", "sub", "iss", "delegation");

    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();
    private final Duration maxLifetime;

    TokenShape(@ConfigProperty(name = "a4p.security.max-token-lifetime", defaultValue = "24h") Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JwtContext context;
        try {
            context = parser.parse(token, authContextInfo);
        } catch (RuntimeException e) {
            // smallrye-jwt casts claims without checking their type (an object as groups: ClassCastException)
            throw new ParseException("token refused: claims of the wrong shape", e);
        }
        String problem = problem(context.getJwtClaims().getClaimsMap(), maxLifetime);
        if (problem != null) {
            throw new ParseException("token refused: " + problem);
        }
        String type = context.getJoseObjects().get(0).getHeader("typ");
        return new DefaultJWTCallerPrincipal(token, type, context.getJwtClaims());
    }

    /** Why {@code claims} are not acceptable, or null. */
    static String problem(Map<String, Object> claims, Duration maxLifetime) {
        Object groups = claims.get("groups");
        if (groups != null && !(groups instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance))) {
            return "groups is not an array of strings";
        }
        for (String name : NAME_CLAIMS) {
            // smallrye-jwt fills in an absent subject as null
            if (claims.get(name) != null && !(claims.get(name) instanceof String)) {
                return name + " is not a string";
            }
        }
        if (!(claims.get("iat") instanceof Number iat) || !(claims.get("exp") instanceof Number exp)) {
            return "iat or exp is missing or not a number";
        }
        if (exp.longValue() - iat.longValue() > maxLifetime.toSeconds()) {
            return "lifetime above " + maxLifetime;
        }
        return null;
    }

}

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

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

    /**
     * A client sends the same token with every request for as long as it lives, and verifying its RS256 signature
     * took about a quarter of recommendations-service's CPU in a status change (the services run C1-compiled code,
     * without the big-integer intrinsics of C2). A token that passed every check here is therefore recognised by its
     * exact text until it expires, for at most {@link #REMEMBERED_FOR} (a key rotated away is honoured that much
     * longer), at most {@link #REMEMBERED_TOKENS} of them. A refused token is never remembered.
     */
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    static final int REMEMBERED_TOKENS = 1000;

    private record Verified(JWTAuthContextInfo context, JWTCallerPrincipal principal, long untilMillis) {
    }

    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();
    private final Duration maxLifetime;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final LongAdder verifications = new LongAdder();

    TokenShape(@ConfigProperty(name = "a4p.security.max-token-lifetime", defaultValue = "24h") Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && known.context == authContextInfo && now < known.untilMillis) {
            return known.principal;
        }
        verifications.increment();
        JWTCallerPrincipal principal = verify(token, authContextInfo);
        // never past the token's own expiry: from then on it is verified again, and refused as smallrye-jwt refuses it
        long until = Math.min(principal.getExpirationTime() * 1000, now + REMEMBERED_FOR.toMillis());
        if (verified.size() >= REMEMBERED_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(authContextInfo, principal, until));
        return principal;
    }

    /** How many tokens were verified (signature and claims) rather than recognised, since the start. */
    long verifications() {
        return verifications.sum();
    }

    private JWTCallerPrincipal verify(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
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

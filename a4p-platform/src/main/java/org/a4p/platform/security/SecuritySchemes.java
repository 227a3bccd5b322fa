package org.a4p.platform.security;

/**
 * The one security scheme every OpenAPI document declares (HTTP bearer, JWT; configured in the platform's
 * {@code META-INF/microprofile-config.properties}). A protected operation carries
 * {@code @RolesAllowed(role)} and {@code @SecurityRequirement(name = SecuritySchemes.BEARER, scopes = role)};
 * {@link SecuredOperations} then documents its 401 and 403 problems and names the role in its description.
 */
public final class SecuritySchemes {

    public static final String BEARER = "bearer";

    public static final String UNAUTHORIZED = "No valid bearer token (missing, expired, wrongly signed or from another issuer)";

    private SecuritySchemes() {
    }
}

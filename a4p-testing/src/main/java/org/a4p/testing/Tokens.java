package org.a4p.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the committed TEST key pair ({@code a4p-test-keys/}), whose public half
 * and issuer every service trusts in its {@code %test} profile (a4p-platform's microprofile-config.properties). Each method returns the whole header value
 * ({@code "Bearer ..."}), ready for {@code header("Authorization", ...)}.
 */
public final class Tokens {

    public static final String ISSUER = "https://a4p-tracker.test/issuer";
    public static final String PUBLIC_KEY_LOCATION = "a4p-test-keys/publicKey.pem";
    public static final String SECRETARIAT_USER = "editor@secretariat.test";

    private static final String PRIVATE_KEY = "a4p-test-keys/privateKey.pem";

    private Tokens() {
    }

    public static String secretariat() {
        return secretariat(SECRETARIAT_USER);
    }

    /** A secretariat token for a named user, whose name the services record as the acting user. */
    public static String secretariat(String user) {
        return bearer(claims(user, Set.of("secretariat")).sign(testKey()));
    }

    /** A delegation token acting for {@code delegation} (claim {@code delegation}). */
    public static String delegation(String delegation) {
        return bearer(claims("officer@" + delegation.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test", Set.of("delegation"))
                .claim("delegation", delegation).sign(testKey()));
    }

    /** A valid token with no role at all. */
    public static String noRole() {
        return bearer(claims("nobody@example.test", Set.of()).sign(testKey()));
    }

    /** A secretariat token signed with a key the services do not trust. */
    public static String forged() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return bearer(claims(SECRETARIAT_USER, Set.of("secretariat")).sign(g.generateKeyPair().getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secretariat token that expired an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return bearer(Jwt.issuer(ISSUER).upn(SECRETARIAT_USER).groups(Set.of("secretariat"))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(testKey()));
    }

    /** A secretariat token, correctly signed, from an issuer the services do not accept. */
    public static String wrongIssuer() {
        return bearer(Jwt.issuer("https://evil.example/issuer").upn(SECRETARIAT_USER).groups(Set.of("secretariat"))
                .expiresIn(3600).sign(testKey()));
    }

    /** An unsigned token (alg none) claiming the secretariat role. */
    public static String unsigned() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"upn\":\"" + SECRETARIAT_USER
                + "\",\"groups\":[\"secretariat\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return "Bearer " + header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(String user, Set<String> groups) {
        return Jwt.issuer(ISSUER).upn(user).groups(groups).expiresIn(3600);
    }

    private static String bearer(String jwt) {
        return "Bearer " + jwt;
    }

    private static PrivateKey testKey() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY)) {
            if (in == null) {
                throw new IllegalStateException(PRIVATE_KEY + " is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }
}

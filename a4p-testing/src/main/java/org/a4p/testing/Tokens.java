package org.a4p.testing;

import org.a4p.infra.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for tests, signed with the committed TEST key pair ({@code a4p-test-keys/}), whose public half
 * and issuer every service trusts in its {@code %test} profile (a4p-platform's microprofile-config.properties). Each
 * method returns the whole header value ({@code "Bearer ..."}), ready for {@code header("Authorization", ...)}.
 * Signing is a4p-testinfra's {@link Jwt}, the one the run command's ./token.sh uses.
 */
public final class Tokens {

    public static final String ISSUER = "https://a4p-tracker.test/issuer";
    public static final String PUBLIC_KEY_LOCATION = "a4p-test-keys/publicKey.pem";
    public static final String SECRETARIAT_USER = "editor@secretariat.test";


    private Tokens() {
    }

    public static String secretariat() {
        return secretariat(SECRETARIAT_USER);
    }

    /** A secretariat token for a named user, whose name the services record as the acting user. */
    public static String secretariat(String user) {
        return current(claims(ISSUER, user, List.of("secretariat"), 0, 3600));
    }

    /** A delegation token acting for {@code delegation} (claim {@code delegation}). */
    public static String delegation(String delegation) {
        Map<String, Object> claims = claims(ISSUER, "officer@" + delegation.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test",
                List.of("delegation"), 0, 3600);
        claims.put("delegation", delegation);
        return current(claims);
    }

    /** A valid token with no role at all. */
    public static String noRole() {
        return current(claims(ISSUER, "nobody@example.test", List.of(), 0, 3600));
    }

    /** A secretariat token signed with a key the services do not trust. */
    public static String forged() {
        return bearer(Keys.UNTRUSTED, claims(ISSUER, SECRETARIAT_USER, List.of("secretariat"), 0, 3600));
    }

    /** A secretariat token that expired an hour ago. */
    public static String expired() {
        return bearer(testKey(), claims(ISSUER, SECRETARIAT_USER, List.of("secretariat"), -7200, -3600));
    }

    /** A secretariat token, correctly signed, from an issuer the services do not accept. */
    public static String wrongIssuer() {
        return bearer(testKey(), claims("https://evil.example/issuer", SECRETARIAT_USER, List.of("secretariat"), 0, 3600));
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

    /**
     * Correctly signed secretariat-like tokens of wrong shapes, each to be refused with 401 (never a 500): groups
     * that are not an array of strings, a lifetime above the services' maximum, no issued-at time.
     */
    public static Map<String, String> oddlyShaped() {
        long now = System.currentTimeMillis() / 1000;
        String common = "\"iss\":\"" + ISSUER + "\",\"upn\":\"" + SECRETARIAT_USER + "\"";
        String times = ",\"iat\":" + now + ",\"exp\":" + (now + 3600);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("groups as an object", "{" + common + ",\"groups\":{\"secretariat\":true}" + times + "}");
        tokens.put("groups as a number", "{" + common + ",\"groups\":7" + times + "}");
        tokens.put("groups as nested arrays", "{" + common + ",\"groups\":[[\"secretariat\"]]" + times + "}");
        tokens.put("groups with an object", "{" + common + ",\"groups\":[\"secretariat\",{\"a\":1}]" + times + "}");
        tokens.put("upn as an object", "{\"iss\":\"" + ISSUER + "\",\"upn\":{\"x\":1},\"groups\":[\"secretariat\"]" + times + "}");
        tokens.put("a lifetime of 30 days", "{" + common + ",\"groups\":[\"secretariat\"],\"iat\":" + now
                + ",\"exp\":" + (now + 30L * 86400) + "}");
        tokens.put("no issued-at time", "{" + common + ",\"groups\":[\"secretariat\"],\"exp\":" + (now + 3600) + "}");
        tokens.put("exp as text", "{" + common + ",\"groups\":[\"secretariat\"],\"iat\":" + now + ",\"exp\":\"tomorrow\"}");
        tokens.replaceAll((name, claims) -> signedJson(claims));
        return tokens;
    }

    /** The Authorization header value for {@code claimsJson} signed as is with the trusted test key. */
    public static String signedJson(String claimsJson) {
        try {
            return "Bearer " + Jwt.signJson(testKey(), claimsJson);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    /** Claims issued {@code issuedIn} and expiring {@code expiresIn} seconds from now. */
    private static Map<String, Object> claims(String issuer, String user, List<String> groups, long issuedIn, long expiresIn) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("upn", user);
        claims.put("groups", groups);
        claims.put("iat", now + issuedIn);
        claims.put("exp", now + expiresIn);
        return claims;
    }

    /**
     * A valid token with these claims, issued now or within the last {@link #REUSE}: the test JVMs run C1 only, where
     * one RSA signature takes about 7 ms, and the suite asks for thousands of tokens, most of them alike. A token
     * reused is still valid for most of its hour, and the services treat it exactly as a fresh one.
     */
    private static String current(Map<String, Object> claims) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> timeless = new LinkedHashMap<>(claims);
        timeless.remove("iat");
        timeless.remove("exp");
        Signed kept = RECENT.get(timeless);
        if (kept != null && now - kept.issuedAt() < REUSE.toSeconds()) {
            return kept.header();
        }
        Signed signed = new Signed(bearer(testKey(), claims), now);
        RECENT.put(timeless, signed);
        return signed.header();
    }

    private static final Duration REUSE = Duration.ofMinutes(1);
    private static final Map<Map<String, Object>, Signed> RECENT = new ConcurrentHashMap<>();

    private record Signed(String header, long issuedAt) {
    }

    private static String bearer(PrivateKey key, Map<String, Object> claims) {
        try {
            return "Bearer " + Jwt.sign(key, claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static PrivateKey testKey() {
        return Keys.TEST;
    }

    /**
     * Read once per class loader: the batteries sign hundreds of tokens. The untrusted key is read as well, not
     * generated: generating a 2048-bit RSA key under C1 took seconds, in every class loader of a test restart.
     */
    private static final class Keys {
        static final PrivateKey TEST = read("a4p-test-keys/privateKey.pem");
        static final PrivateKey UNTRUSTED = read("a4p-test-keys/untrustedPrivateKey.pem");

        private static PrivateKey read(String resource) {
            try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                return Jwt.privateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the test signing key " + resource, e);
            }
        }
    }
}

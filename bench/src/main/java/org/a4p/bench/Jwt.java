package org.a4p.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * RS256 bearer tokens for the benchmark run, signed with a key pair made for this run only. The services
 * are started trusting its public half (MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER), as a
 * deployment would configure them. Services that do not check tokens simply ignore the header.
 * Either header can be replaced by the environment (A4P_BENCH_SECRETARIAT_AUTH, A4P_BENCH_DELEGATION_AUTH).
 */
final class Jwt {

    static final String ISSUER = "https://a4p-bench.local/issuer";

    private final KeyPair keys;

    Jwt() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            this.keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key as PEM and returns its path. */
    Path writePublicKey(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-publicKey.pem");
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(file, pem);
        return file;
    }

    /** The Authorization header value for a Secretariat editor. */
    String secretariat() {
        String fromEnv = System.getenv("A4P_BENCH_SECRETARIAT_AUTH");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv
                : bearer("{\"sub\":\"bench@secretariat.local\",\"upn\":\"bench@secretariat.local\",\"groups\":[\"secretariat\"]");
    }

    /** The Authorization header value for a delegation managing its subscriptions. */
    String delegation(String delegation) {
        String fromEnv = System.getenv("A4P_BENCH_DELEGATION_AUTH");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv
                : bearer("{\"sub\":\"officer@bench.local\",\"upn\":\"officer@bench.local\",\"groups\":[\"delegation\"],\"delegation\":\""
                + delegation + "\"");
    }

    private String bearer(String claimsWithoutEnd) {
        long now = System.currentTimeMillis() / 1000;
        String claims = claimsWithoutEnd + ",\"iss\":\"" + ISSUER + "\",\"iat\":" + now + ",\"exp\":" + (now + 6 * 3600) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + signingInput + "." + b64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

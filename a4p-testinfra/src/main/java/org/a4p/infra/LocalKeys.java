package org.a4p.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The token-signing key pair of the run command: generated with JDK crypto on first start under
 * {@code .a4p/keys/} (ignored by git, never shared), so every clone has its own. The services verify with the
 * public half; {@link #sign} makes RS256 tokens with the private half for ./token.sh.
 */
public final class LocalKeys {

    /** The issuer the services of ./run.sh accept (mp.jwt.verify.issuer). */
    public static final String ISSUER = "urn:a4p-tracker:local-run";

    private final Path dir;

    private LocalKeys(Path dir) {
        this.dir = dir;
    }

    /** The key pair under {@code root/.a4p/keys}, generated now if there is none yet. */
    public static LocalKeys ensure(Path root) throws IOException, GeneralSecurityException {
        LocalKeys keys = new LocalKeys(root.resolve(".a4p/keys"));
        if (!Files.exists(keys.privateKey()) || !Files.exists(keys.publicKey())) {
            Files.createDirectories(keys.dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(keys.publicKey(), Jwt.pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Path tmp = keys.dir.resolve("privateKey.pem.tmp");
            Files.writeString(tmp, Jwt.pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the folder's own permissions apply
            }
            Files.move(tmp, keys.privateKey());
            System.out.println("Generated a token-signing key pair in " + keys.dir);
        }
        return keys;
    }

    public Path publicKey() {
        return dir.resolve("publicKey.pem");
    }

    Path privateKey() {
        return dir.resolve("privateKey.pem");
    }

    /** A signed RS256 JWT for {@code user} with {@code role} (groups claim) and, if not null, the delegation claim. */
    public String sign(String user, String role, String delegation, Duration validity) throws IOException, GeneralSecurityException {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", user);
        claims.put("upn", user);
        claims.put("groups", List.of(role));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        if (delegation != null) {
            claims.put("delegation", delegation);
        }
        return Jwt.sign(Jwt.privateKey(Files.readString(privateKey(), StandardCharsets.US_ASCII)), claims);
    }
}

package org.a4p.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
            Files.writeString(keys.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Path tmp = keys.dir.resolve("privateKey.pem.tmp");
            Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
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
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(ISSUER))
                .append(",\"sub\":").append(json(user))
                .append(",\"upn\":").append(json(user))
                .append(",\"groups\":[").append(json(role)).append(']')
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(validity).getEpochSecond())
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()));
        if (delegation != null) {
            claims.append(",\"delegation\":").append(json(delegation));
        }
        claims.append('}');
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(readPrivateKey());
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + b64.encodeToString(rsa.sign());
    }

    private PrivateKey readPrivateKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(privateKey(), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

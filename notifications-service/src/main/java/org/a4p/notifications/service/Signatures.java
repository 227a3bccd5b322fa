package org.a4p.notifications.service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Webhook signing, in two schemes over one secret. A secret is 64 lowercase hex characters and the HMAC key is
 * their 64 ASCII bytes (not the 32 bytes they spell), as since the first webhook:
 * <ul>
 *   <li>{@code X-A4P-Signature: sha256=<lowercase hex HMAC-SHA256(key, raw body)>};</li>
 *   <li>Standard Webhooks: {@code webhook-signature: v1,<base64 HMAC-SHA256(key, "id.timestamp.body")>}, one entry
 *       per valid secret, space-separated. Its {@code whsec_} form of the secret is {@code whsec_} + base64 of the
 *       same key bytes, so both schemes verify with the same key.</li>
 * </ul>
 */
public final class Signatures {

    public static final String HEADER = "X-A4P-Signature";
    /** During a rotation's overlap: the signature with the secret that was replaced. */
    public static final String PREVIOUS_HEADER = "X-A4P-Signature-Previous";
    public static final String WEBHOOK_ID = "webhook-id";
    public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
    public static final String WEBHOOK_SIGNATURE = "webhook-signature";
    private static final String WHSEC = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** A new signing secret: 32 random bytes as 64 lowercase hex characters (the key is the string's ASCII bytes). */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The Standard Webhooks form of {@code secret}: the same HMAC key, base64-encoded behind {@code whsec_}. */
    public static String standardSecret(String secret) {
        return WHSEC + Base64.getEncoder().encodeToString(key(secret));
    }

    public static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** The {@code webhook-signature} value: {@code v1,<base64>} for each secret, in the order given. */
    public static String standardSignature(String id, long timestamp, byte[] body, List<String> secrets) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        return secrets.stream()
                .map(secret -> "v1," + Base64.getEncoder().encodeToString(hmac(secret, prefix, body)))
                .collect(Collectors.joining(" "));
    }

    private static byte[] key(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

package org.a4p.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.notifications.config.SecretsConfig;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals secrets for storage as {@code v1:<keyId>:<base64(iv | ciphertext | tag)>} with AES-256-GCM and a random
 * 12-byte IV per value. A value without the prefix is a row written before encryption and reads as plaintext.
 */
@ApplicationScoped
public class SecretBox {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The webhook sender opens a secret for every delivery: looking the cipher up in the providers each time was a
     * sixteenth of its thread's time in a fan-out. A cipher is not thread-safe, hence one per thread; each open
     * initialises it afresh (its own IV). Sealing stays rare and takes a new one.
     */
    private static final ThreadLocal<Cipher> DECRYPTING = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    });

    private final SecretKeySpec key;
    private final String keyId;

    SecretBox(SecretsConfig config) {
        String missing = "a4p.secrets.key (base64 of 32 bytes) and a4p.secrets.key-id must be configured "
                + "(A4P_SECRETS_KEY, A4P_SECRETS_KEY_ID): webhook secrets are encrypted at rest with that key";
        String id = config.keyId().filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(missing));
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.key().filter(s -> !s.isBlank())
                    .orElseThrow(() -> new IllegalStateException(missing)).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a4p.secrets.key is not base64: " + missing);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("a4p.secrets.key must decode to 32 bytes, not " + raw.length + ": " + missing);
        }
        if (id.contains(":")) {
            throw new IllegalStateException("a4p.secrets.key-id must not contain ':'");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = id;
    }

    public String seal(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        if (!id.equals(keyId)) {
            // never echo the value itself: it may be a secret
            throw new IllegalStateException("secret sealed with key id '" + id + "', but the configured key is '" + keyId + "'");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = DECRYPTING.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret does not decrypt with key '" + keyId + "'");
        }
    }
}

package org.a4p.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RS256 JWT signing and PEM reading with the JDK alone, shared by the run command's tokens ({@link LocalKeys},
 * ./token.sh, bench) and the tests' tokens (a4p-testing's {@code Tokens}), which sign with different key pairs.
 */
public final class Jwt {

    private Jwt() {
    }

    /** A PKCS#8 RSA private key from its PEM text ({@code -----BEGIN PRIVATE KEY-----}). */
    public static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** PEM text of a DER-encoded key ({@code type} e.g. "PUBLIC KEY", "PRIVATE KEY"). */
    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /**
     * A compact RS256 JWT of {@code claims}, in their iteration order. Values: strings, numbers, booleans, or
     * collections of strings (such as {@code groups}).
     */
    public static String sign(PrivateKey key, Map<String, ?> claims) throws GeneralSecurityException {
        return signJson(key, json(claims));
    }

    /** A compact RS256 JWT whose payload is {@code claimsJson} as given (tests sign claims of any shape with it). */
    public static String signJson(PrivateKey key, String claimsJson) throws GeneralSecurityException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + b64.encodeToString(rsa.sign());
    }

    static String json(Map<String, ?> claims) {
        return claims.entrySet().stream().map(e -> json(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> json(x.toString())).collect(Collectors.joining(",", "[", "]"));
        }
        return json(v.toString());
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

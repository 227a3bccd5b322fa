package org.a4p.bench;

import org.a4p.infra.LocalKeys;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for the benchmark's services, with the run command's key pair ({@link LocalKeys}) kept in the
 * benchmark's own folder; the services trust its public half, as ./run.sh configures them. Each token is signed
 * once and reused, as a client does: signing is not part of what the benchmark measures.
 */
final class Jwt {

    private final LocalKeys keys;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Jwt(Path work) throws IOException, GeneralSecurityException {
        this.keys = LocalKeys.ensure(work);
    }

    Path publicKey() {
        return keys.publicKey();
    }

    /** The Authorization header value for a Secretariat editor. */
    String secretariat() {
        return tokens.computeIfAbsent("secretariat", k -> bearer("bench@secretariat.local", "secretariat", null));
    }

    /** The Authorization header value for a delegation managing its subscriptions. */
    String delegation(String delegation) {
        return tokens.computeIfAbsent("delegation:" + delegation, k -> bearer("officer@bench.local", "delegation", delegation));
    }

    private String bearer(String user, String role, String delegation) {
        try {
            return "Bearer " + keys.sign(user, role, delegation, Duration.ofHours(6));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a benchmark token", e);
        }
    }
}

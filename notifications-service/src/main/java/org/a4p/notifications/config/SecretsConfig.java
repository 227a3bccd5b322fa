package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The key that encrypts webhook signing secrets at rest. Optional here so that its absence is reported clearly. */
@ConfigMapping(prefix = "a4p.secrets")
public interface SecretsConfig {
    /** Base64 of 32 random bytes (AES-256). */
    Optional<String> key();

    /** Stored with every value, so that a later key can be told apart from this one when keys rotate. */
    Optional<String> keyId();
}

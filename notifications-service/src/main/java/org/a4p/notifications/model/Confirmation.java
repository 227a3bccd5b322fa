package org.a4p.notifications.model;

import java.time.OffsetDateTime;

/** Where an e-mail subscription's confirmation stands: the SHA-256 (hex) of its token and when the token expires. */
public record Confirmation(boolean confirmed, String tokenHash, OffsetDateTime expiresAt) {
    @Override
    public String toString() {
        return "Confirmation[" + confirmed + "]";
    }
}

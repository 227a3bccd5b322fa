package org.a4p.notifications.model;

import org.a4p.events.Language;

import java.util.UUID;

/** A confirmation mail claimed for an attempt: where it goes, in which language, its token as stored (sealed). */
public record PendingConfirmation(UUID subscription, String address, String subscriber, Language language,
                                  String sealedToken, int attempt) {
    /** Never print the address or the token in a log line. */
    @Override
    public String toString() {
        return "PendingConfirmation[" + subscription + ", attempt " + attempt + "]";
    }
}

package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** E-mail subscriptions. The SMTP server and the From address are Quarkus Mailer's ({@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "a4p.mail")
public interface MailConfig {
    /** How long the link of a confirmation mail is valid. */
    @WithDefault("48h")
    Duration confirmationValidity();

    /** An unconfirmed subscription is deleted this long after its link expired (until then the link answers 410). */
    @WithDefault("7d")
    Duration unconfirmedRetention();

    /** The UTC hour (0..23) at which the digest of the day (or, on Mondays, of the week) that just ended is sent. */
    @WithDefault("6")
    int digestHour();

    /** How often due digests and expired confirmations are looked for. */
    @WithDefault("1m")
    Duration checkInterval();

    /**
     * How long the SMTP server may take to take one mail. A send that hangs (a pooled connection to a server that went
     * away without closing it) then fails and is retried on a new connection, instead of holding its delivery until the
     * lease runs out and the mail is sent a second time.
     */
    @WithDefault("30s")
    Duration sendTimeout();

    /** The domain of the Message-ID of every mail. */
    @WithDefault("notifications.a4p-tracker")
    String messageIdDomain();
}

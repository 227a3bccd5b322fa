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

    /** The domain of the Message-ID of every mail. */
    @WithDefault("notifications.a4p-tracker")
    String messageIdDomain();
}

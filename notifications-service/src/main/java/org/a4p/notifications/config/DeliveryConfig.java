package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "a4p.delivery")
public interface DeliveryConfig {
    /** Attempts before a delivery is FAILED (per round; a manual retry starts a new round). */
    @WithDefault("8")
    int maxAttempts();

    /** Upper bound of the first backoff; each further attempt doubles it (full jitter picks 0..bound). */
    @WithDefault("30s")
    Duration initialDelay();

    /** Cap of one backoff. 30s doubling to 30m bounds 8 attempts at about an hour (3690 s). */
    @WithDefault("30m")
    Duration maxDelay();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration requestTimeout();

    /** Webhook requests in flight at once, across all subscriptions. */
    @WithDefault("64")
    int concurrency();

    /**
     * Deliveries claimed per database round trip. About twice the concurrency, so a claimed row waits
     * at most about two request timeouts for its turn, well inside the lease.
     */
    @WithDefault("128")
    int batchSize();

    /** How often the sender looks for due deliveries when no commit woke it (retries become due by time). */
    @WithDefault("500ms")
    Duration pollInterval();

    /**
     * A claimed delivery is not claimed again for this long; only matters after a crash between
     * claim and recorded outcome, when the delivery becomes due again and is re-sent.
     */
    @WithDefault("1m")
    Duration lease();
}

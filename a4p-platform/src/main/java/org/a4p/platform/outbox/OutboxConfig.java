package org.a4p.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "a4p.outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for unsent rows when nothing woke it. Commits of any replica wake it at once
     * (LISTEN/NOTIFY); this only catches rows left behind while Kafka or the listener's connection was down.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows published per database transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long a sent row is kept (for audit and replay by hand) before it is deleted. */
    @WithDefault("7d")
    Duration retention();

    /** How long one publish may take before the batch counts as failed and is retried. */
    @WithDefault("30s")
    Duration deliveryTimeout();
}

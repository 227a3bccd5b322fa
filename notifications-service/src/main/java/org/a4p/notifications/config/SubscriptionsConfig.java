package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "a4p.subscriptions")
public interface SubscriptionsConfig {
    /** Subscriptions one delegation may hold at once; bounds the fan-out a single token can cause. */
    @WithDefault("100")
    int maxPerDelegation();
}

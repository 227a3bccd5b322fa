package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "a4p.links")
public interface LinksConfig {
    /** Base of the absolute links to recommendations in webhook bodies. */
    @WithDefault("http://localhost:8081")
    String recommendationsBaseUrl();
}

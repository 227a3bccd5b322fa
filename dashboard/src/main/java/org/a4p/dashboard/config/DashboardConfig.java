package org.a4p.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "a4p.dashboard")
public interface DashboardConfig {

    /**
     * Public base URL of stakeholders-service: the sessions page links to its {@code /sessions.ics} for calendar
     * subscriptions. Only a link: the dashboard itself never calls the other services.
     */
    @WithDefault("http://localhost:8082")
    String stakeholdersBaseUrl();

    /**
     * How many rendered pages (page, parameters, language) are kept for as long as the read model does not change;
     * 0 keeps none. A page is 10 to 40 KB in memory.
     */
    @WithDefault("256")
    int pageCacheSize();

    /**
     * How old the read model's version may be before a page request reads it again: a page shows an applied event at
     * most this late, and under load the version costs one query per this period instead of one per request. 0 reads
     * it on every request.
     */
    @WithDefault("200ms")
    Duration pageVersionMaxAge();
}

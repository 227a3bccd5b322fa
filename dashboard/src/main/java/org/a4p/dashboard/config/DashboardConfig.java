package org.a4p.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "a4p.dashboard")
public interface DashboardConfig {

    /**
     * Public base URL of stakeholders-service: the sessions page links to its {@code /sessions.ics} for calendar
     * subscriptions. Only a link: the dashboard itself never calls the other services.
     */
    @WithDefault("http://localhost:8082")
    String stakeholdersBaseUrl();
}

package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "a4p.targets")
public interface TargetsConfig {
    /**
     * Networks (CIDR) that webhook targets may resolve to although they are loopback, private,
     * link-local or multicast. Empty in production; the local and test profiles allow loopback.
     */
    Optional<List<String>> allowedNetworks();
}

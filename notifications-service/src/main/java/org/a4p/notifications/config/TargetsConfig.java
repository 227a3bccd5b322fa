package org.a4p.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "a4p.targets")
public interface TargetsConfig {
    /**
     * Networks (CIDR) that webhook targets may resolve to although they are loopback, private,
     * link-local or multicast. Empty in production; the local and test profiles allow loopback.
     */
    Optional<List<String>> allowedNetworks();

    /** Ports (or ranges, {@code low-high}) a webhook target may name; the default keeps well-known services out. */
    @WithDefault("80,443,1024-65535")
    List<String> allowedPorts();
}

package org.a4p.recommendations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "a4p.read-cache")
public interface ReadCacheConfig {

    /** How long an entry may be served; bounds staleness towards other replicas' writes. 0 turns the cache off. */
    @WithDefault("1s")
    Duration maxAge();

    /** Entries kept at most (each is one response); when full, the cache starts over. */
    @WithDefault("2048")
    int maxEntries();
}

package org.a4p.notifications.config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No loopback or private network is allowed as a webhook target in production: only the local run and the tests
 * allow loopback. Read from the service's own configuration file with the profile Quarkus would apply, without
 * starting it; what a refusal looks like is TargetPolicyTest's and, through the API, HostileRequestsTest's.
 */
class ConfiguredTargetNetworksTest {

    @ParameterizedTest
    @CsvSource(value = {"prod, NONE", "dev, 127.0.0.0/8,::1/128", "local, 127.0.0.0/8,::1/128", "test, 127.0.0.0/8,::1/128"},
            delimiterString = ", ")
    void onlyTheLocalRunAndTheTestsAllowLoopback(String profile, String expected) throws IOException {
        URL file = getClass().getClassLoader().getResource("application.properties");
        Optional<String> allowed = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(file)).build()
                .getOptionalValue("a4p.targets.allowed-networks", String.class);
        assertThat(allowed.orElse("NONE")).isEqualTo(expected);
    }
}

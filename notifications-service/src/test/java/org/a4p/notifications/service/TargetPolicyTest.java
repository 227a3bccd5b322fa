package org.a4p.notifications.service;

import org.a4p.notifications.config.TargetsConfig;
import org.a4p.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address and port rules over a table, without DNS: every literal is an address already. */
class TargetPolicyTest {

    static TargetPolicy policy(List<String> allowedNetworks, List<String> ports) {
        return policy(allowedNetworks, ports, InetAddress::getAllByName);
    }

    static TargetPolicy policy(List<String> allowedNetworks, List<String> ports, TargetPolicy.Resolver resolver) {
        return new TargetPolicy(new TargetsConfig() {
            @Override
            public Optional<List<String>> allowedNetworks() {
                return Optional.of(allowedNetworks);
            }

            @Override
            public List<String> allowedPorts() {
                return ports;
            }
        }, resolver);
    }

    /** a4p.targets.allowed-ports' default. */
    static final List<String> DEFAULT_PORTS = List.of("80", "443", "1024-65535");

    static final TargetPolicy PRODUCTION = policy(List.of(), DEFAULT_PORTS);

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource({
            "0.0.0.0, true", "0.1.2.3, true", "10.1.2.3, true", "100.64.0.1, true", "100.127.255.254, true",
            "100.128.0.1, false", "127.0.0.1, true", "169.254.169.254, true", "172.16.0.1, true", "172.32.0.1, false",
            "192.0.0.8, true", "192.0.2.1, true", "192.0.3.1, false", "192.168.1.1, true", "198.18.0.1, true",
            "198.19.255.255, true", "198.20.0.1, false", "198.51.100.7, true", "203.0.113.9, true", "224.0.0.1, true",
            "240.0.0.1, true", "255.255.255.255, true", "8.8.8.8, false", "93.184.216.34, false",
            "::, true", "::1, true", "::127.0.0.1, true", "::8.8.8.8, true", "::ffff:127.0.0.1, true",
            "::ffff:10.0.0.1, true", "::ffff:0:8.8.8.8, true", "64:ff9b::8.8.8.8, true", "64:ff9b::7f00:1, true",
            "64:ff9b:1::1, true", "100::1, true", "2001::1, true", "2001:0:4136:e378:8000:63bf:3fff:fdd2, true",
            "2001:db8::1, true", "2002:7f00:1::1, true", "2002:808:808::1, true", "fc00::1, true", "fd12:3456::1, true",
            "fe80::1, true", "fec0::1, true", "ff02::1, true", "ff0e::1, true",
            "2001:4860:4860::8888, false", "2606:4700:4700::1111, false", "2a00:1450:4001::200e, false"})
    void addressTable(String address, boolean refused) throws Exception {
        InetAddress a = InetAddress.getByName(address);
        assertThat(TargetPolicy.isRefused(a)).as(address).isEqualTo(refused);
        assertThat(PRODUCTION.permits(a)).as(address).isEqualTo(!refused);
    }

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({"http://8.8.8.8/, true", "https://8.8.8.8/, true", "http://8.8.8.8:80/, true", "https://8.8.8.8:443/, true",
            "http://8.8.8.8:1024/, true", "http://8.8.8.8:65535/, true", "http://8.8.8.8:8443/, true",
            "http://8.8.8.8:25/, false", "http://8.8.8.8:22/, false", "http://8.8.8.8:0/, false", "http://8.8.8.8:1023/, false",
            "https://8.8.8.8:6379/, true"})
    void portTable(String target, boolean allowed) {
        assertThat(PRODUCTION.permits(target)).as(target).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"http://[64:ff9b::7f00:1]:8080/h", "http://[::ffff:7f00:1]/h", "http://[2002:a00:1::1]/h",
            "http://0.0.0.0:8080/h", "http://[fe80::1%251]/h", "http://192.0.0.170/h", "http://255.255.255.255/h",
            "http://127.1/h"}) // 127.1: java.net.URI finds no host in it
    void refusedAtSubscriptionWithAProblemNamingTheField(String target) {
        assertThatThrownBy(() -> PRODUCTION.check("target", target)).isInstanceOf(ProblemException.class);
    }

    /**
     * Outside the local and test profiles no network is allowed (ConfiguredTargetNetworksTest), so this machine is
     * refused however its address is spelt; the test profile's allow-list lets the same targets through, so the
     * refusal is the address's, not the spelling's. Names come from a table (what a name service could answer,
     * e.g. for a hex spelling), never from DNS; the rest are literals the JDK reads itself.
     */
    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8083/hook", "http://localhost:8083/hook", "http://[::1]:8083/hook",
            "http://2130706433/hook", "http://0x7f000001/hook", "http://[::ffff:127.0.0.1]/hook", "http://loopback.example/hook"})
    void thisMachineIsRefusedHoweverItIsSpeltUnlessLoopbackIsAllowed(String target) {
        Map<String, String> names = Map.of("localhost", "127.0.0.1", "0x7f000001", "127.0.0.1", "loopback.example", "::1");
        TargetPolicy.Resolver resolver = host -> InetAddress.getAllByName(names.getOrDefault(host, host));

        assertThatThrownBy(() -> policy(List.of(), DEFAULT_PORTS, resolver).check("target", target))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem("/subscriptions").errors)
                        .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("target")));
        assertThat(policy(List.of("127.0.0.0/8", "::1/128"), DEFAULT_PORTS, resolver).check("target", target)).hasToString(target);
    }

    @ParameterizedTest
    @CsvSource({"25", "6379"})
    void thePortPolicyIsConfigurable(int port) {
        TargetPolicy narrow = policy(List.of(), List.of("443", "8000-8999"));
        assertThat(narrow.portAllowed(port)).isFalse();
        assertThat(narrow.portAllowed(8080)).isTrue();
        assertThat(narrow.portAllowed(80)).isFalse();
        assertThat(policy(List.of(), List.of("25", "1024-65535")).portAllowed(25)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, 127.0.0.0/8", "::1, ::1/128", "10.1.2.3, 10.0.0.0/8"})
    void anAllowedNetworkLetsItsAddressesThrough(String address, String network) throws Exception {
        assertThat(policy(List.of(network), List.of("1-65535")).permits(InetAddress.getByName(address))).isTrue();
        assertThat(PRODUCTION.permits(InetAddress.getByName(address))).isFalse();
    }
}

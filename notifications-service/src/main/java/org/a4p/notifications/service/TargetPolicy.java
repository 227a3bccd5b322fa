package org.a4p.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.a4p.notifications.config.TargetsConfig;
import org.a4p.platform.problem.ProblemException;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place that decides whether a webhook target may be called, at subscription time and again before every
 * send. Only absolute http(s) URLs of at most 2000 characters, without credentials, on an allowed port
 * ({@code a4p.targets.allowed-ports}: 80, 443 and 1024-65535 by default); and, because a webhook makes this service
 * send requests on a subscriber's behalf, no address in our own or a special-purpose network (loopback, private,
 * link-local, multicast, shared, documentation, benchmarking, reserved, and the IPv6 ranges that carry or
 * translate IPv4) — also when a host name resolves to one — unless configuration allows that network
 * ({@code a4p.targets.allowed-networks}). An IPv4-mapped IPv6 address is read by the JVM as its IPv4 address, so
 * the IPv4 rules apply to it.
 */
@ApplicationScoped
public class TargetPolicy {

    static final int MAX_LENGTH = 2000;

    /** RFC 6890 and its IANA registries: networks no public webhook endpoint lives in. */
    static final List<Cidr> REFUSED = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/96", "::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/32", "2001:db8::/32",
            "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8").map(Cidr::parse).toList();

    /** The name service; tests give a fixed table so that a made-up name can prove nobody else resolves it. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<Cidr> allowed;
    private final List<int[]> ports;
    private final Resolver resolver;

    @Inject
    TargetPolicy(TargetsConfig config) {
        this(config, InetAddress::getAllByName);
    }

    TargetPolicy(TargetsConfig config, Resolver resolver) {
        this.resolver = resolver;
        this.allowed = config.allowedNetworks().orElse(List.of()).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
        this.ports = config.allowedPorts().stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(TargetPolicy::portRange).toList();
    }

    /** A target that passed the policy and the one address it was checked with: connect there and nowhere else. */
    public record Checked(URI uri, InetAddress address, int port) {
    }

    /** @return the target as a URI, or a 400 problem naming {@code field}. */
    public URI check(String field, String target) {
        return resolve(field, target).uri();
    }

    /** Checks the target and resolves its host once; a 400 problem naming {@code field} if refused. */
    public Checked resolve(String field, String target) {
        if (target == null || target.isBlank()) {
            throw ProblemException.badRequest(field, "must be an absolute http or https URL");
        }
        if (target.length() > MAX_LENGTH) {
            throw ProblemException.badRequest(field, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest(field, "is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw ProblemException.badRequest(field, "must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.badRequest(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.badRequest(field, "must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.badRequest(field, "must not have a fragment");
        }
        int port = uri.getPort() == -1 ? (scheme.equalsIgnoreCase("https") ? 443 : 80) : uri.getPort();
        if (!portAllowed(port)) {
            throw ProblemException.badRequest(field, "port " + port + " is not allowed");
        }
        return new Checked(uri, checkAddresses(field, uri.getHost()), port);
    }

    /**
     * The send-time check: the host may resolve elsewhere by now (DNS rebinding), so it is resolved and checked
     * again, and the sender connects to the address returned here rather than resolving the name a second time.
     *
     * @return the checked target, or empty if refused
     */
    public Optional<Checked> checkForSending(String target) {
        try {
            return Optional.of(resolve("target", target));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    public boolean permits(String target) {
        return checkForSending(target).isPresent();
    }

    boolean portAllowed(int port) {
        return ports.stream().anyMatch(r -> port >= r[0] && port <= r[1]);
    }

    /** Every address the host resolves to must pass (a client could pick any of them); the first is used. */
    private InetAddress checkAddresses(String field, String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw ProblemException.badRequest(field, "host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!permits(a)) {
                throw ProblemException.badRequest(field,
                        "resolves to a loopback, private, link-local, multicast or special-purpose address, which is not allowed");
            }
        }
        return addresses[0];
    }

    boolean permits(InetAddress a) {
        return !isRefused(a) || allowed.stream().anyMatch(c -> c.contains(a));
    }

    static boolean isRefused(InetAddress a) {
        return a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress() || REFUSED.stream().anyMatch(c -> c.contains(a));
    }

    private static int[] portRange(String text) {
        String[] bounds = text.split("-", 2);
        try {
            int low = Integer.parseInt(bounds[0].trim());
            int high = bounds.length == 2 ? Integer.parseInt(bounds[1].trim()) : low;
            if (low < 1 || high > 65535 || low > high) {
                throw new NumberFormatException();
            }
            return new int[] {low, high};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a4p.targets.allowed-ports: not a port or range (1-65535): " + text, e);
        }
    }

    /** A network in CIDR notation, e.g. {@code 127.0.0.0/8} or {@code ::1/128}. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                return new Cidr(address, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("a4p.targets.allowed-networks: not a CIDR: " + text, e);
            }
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int bits = b.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not();
            return new BigInteger(1, b).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}

package org.a4p.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.notifications.config.TargetsConfig;
import org.a4p.platform.problem.ProblemException;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The one place that decides whether a webhook target may be called. Only absolute http(s) URLs of
 * at most 2000 characters, without credentials; and, because a webhook makes this service send
 * requests on a subscriber's behalf, no address inside our own networks (loopback, private,
 * link-local, multicast, unspecified) — also when a host name resolves to one — unless configuration
 * allows that network ({@code a4p.targets.allowed-networks}).
 */
@ApplicationScoped
public class TargetPolicy {

    static final int MAX_LENGTH = 2000;

    private final List<Cidr> allowed;

    TargetPolicy(TargetsConfig config) {
        this.allowed = config.allowedNetworks().orElse(List.of()).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    /** @return the target as a URI, or a 400 problem naming {@code field}. */
    public URI check(String field, String target) {
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
        checkAddresses(field, uri.getHost());
        return uri;
    }

    /**
     * Checked again before every send, because a host name can resolve to another address later
     * (DNS rebinding); lookups are cached by the JVM, so this costs nothing per request in practice.
     */
    public boolean permits(String target) {
        try {
            check("target", target);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private void checkAddresses(String field, String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw ProblemException.badRequest(field, "host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (isInternal(a) && allowed.stream().noneMatch(c -> c.contains(a))) {
                throw ProblemException.badRequest(field,
                        "resolves to a loopback, private, link-local or multicast address, which is not allowed");
            }
        }
    }

    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;          // fc00::/7
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
        return a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress()
                || a.isSiteLocalAddress() || a.isMulticastAddress() || uniqueLocalV6 || sharedV4;
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

package org.a4p.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Free ports for servers that must be told their port before they bind (PostgreSQL, Kafka's listeners,
 * the services). A free port is picked at random, so two asks may get the same one while neither has bound
 * it yet: a CI run's PostgreSQL and Kafka broker were both given 33729 and the broker failed to bind. A port is
 * therefore never handed out twice by one JVM, nor by two JVMs of this machine within {@link #LEASE} (the test
 * JVMs of modules built side by side, their infrastructure processes): each handed-out port leaves a file in
 * {@link #leases}, created atomically, which the other JVMs respect until it is that old.
 * <p>
 * The ports come from below the kernel's ephemeral range (Linux: {@code /proc/sys/net/ipv4/ip_local_port_range},
 * 32768-60999 by default), never from it: a port the kernel picks there is free only until some process's outgoing
 * connection is given it as its local port, which any of the build's many clients can be in the seconds before a
 * service binds it (a CI-like build on this machine: RestartIT's service found its port 33467 taken four seconds after
 * it was picked). Below that range only a server that binds a port itself can hold it, and the probe sees such a server.
 */
public final class FreePorts {

    /** Long enough for a port to be bound by whoever asked for it; then the kernel keeps others off it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** Where the pool starts: above the well-known and the usual fixed server ports (./run.sh's 808x, 5432, 9092). */
    static final int POOL_START = 16384;

    private static final Set<Integer> HANDED_OUT = new HashSet<>();
    private static final Random RANDOM = new Random();

    private FreePorts() {
    }

    /** A loopback port free right now, not handed out before by this JVM nor lately by another. */
    public static int next() {
        return next(FreePorts::probe, leases());
    }

    static synchronized int next(IntSupplier probe, Path leases) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = probe.getAsInt();
            if (!HANDED_OUT.contains(port) && lease(leases, port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port that was not handed out already, in 100 attempts");
    }

    static Path leases() {
        return Path.of(System.getProperty("java.io.tmpdir"), "a4p-port-leases");
    }

    /**
     * A port of the pool that nothing listens on now, on any address (the services bind every interface); where the
     * ephemeral range leaves no pool below it (fewer than 1,000 ports), the kernel's pick as before.
     */
    private static int probe() {
        int poolEnd = ephemeralStart();
        if (poolEnd - POOL_START < 1000) {
            return bound(0);
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = POOL_START + RANDOM.nextInt(poolEnd - POOL_START);
            if (bound(port) == port) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + POOL_START + " and " + poolEnd + " in 1,000 attempts");
    }

    /** The port bound, or -1 when the port is taken; 0 binds one the kernel picks. */
    private static int bound(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(port), 1);
            return s.getLocalPort();
        } catch (IOException e) {
            if (port == 0) {
                throw new UncheckedIOException("no free port", e);
            }
            return -1;
        }
    }

    /** The first port of the kernel's ephemeral range; where it cannot be read, 32768 (Linux's default start, below others'). */
    static int ephemeralStart() {
        try {
            // readAllLines, not readString: a /proc file says it is empty, and readString then returned its first byte
            String[] range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    /** Takes the port's lease unless another JVM holds it; a lease no one can write is no reason to fail. */
    private static boolean lease(Path dir, int port) {
        Path file = dir.resolve(String.valueOf(port));
        try {
            Files.createDirectories(dir);
            try {
                Files.createFile(file);
                return true;
            } catch (FileAlreadyExistsException e) {
                Instant now = Instant.now();
                if (Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(LEASE))) {
                    return false;
                }
                Files.setLastModifiedTime(file, FileTime.from(now));
                return true;
            }
        } catch (IOException e) {
            return true;
        }
    }
}

package org.a4p.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Free loopback ports for servers that must be told their port before they bind (PostgreSQL, Kafka's listeners,
 * the services). The kernel picks a free port at random, so two asks may get the same one while neither has bound
 * it yet: a CI run's PostgreSQL and Kafka broker were both given 33729 and the broker failed to bind. A port is
 * therefore never handed out twice by one JVM, nor by two JVMs of this machine within {@link #LEASE} (the test
 * JVMs of modules built side by side, their infrastructure processes): each handed-out port leaves a file in
 * {@link #leases}, created atomically, which the other JVMs respect until it is that old.
 */
public final class FreePorts {

    /** Long enough for a port to be bound by whoever asked for it; then the kernel keeps others off it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

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

    private static int probe() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
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

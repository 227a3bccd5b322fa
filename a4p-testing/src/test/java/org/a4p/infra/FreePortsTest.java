package org.a4p.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ports asked for one after another are never the same. A free port is picked at random (from the pool below the
 * ephemeral range, about 16,000 ports here; the kernel's pick had about 14,000), so a thousand plain picks repeat some
 * port almost surely (measured with the kernel's: 144 repeats in 2,000), and two servers told the same port collide. (That another JVM's recent ports are skipped too is FreePortsLeaseTest's.)
 * None is in the kernel's ephemeral range, where an outgoing connection can take a port before its server binds it.
 */
class FreePortsTest {

    @Test
    void aThousandPortsInARowAreDistinctAndFree() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ports.add(FreePorts.next());
        }
        assertThat(ports).hasSize(1000);
        int last = FreePorts.next();
        try (ServerSocket s = new ServerSocket(last, 1, InetAddress.getLoopbackAddress())) {
            assertThat(s.getLocalPort()).isEqualTo(last);
        }
    }

    /** Skipped, and reported so, on a machine whose ephemeral range starts too low to leave a pool (it has none here). */
    @Test
    void noPortComesFromTheEphemeralRange() {
        int ephemeralStart = FreePorts.ephemeralStart();
        assumeTrue(ephemeralStart > FreePorts.POOL_START + 1000, "the ephemeral range starts at " + ephemeralStart + ": no pool below it");
        for (int i = 0; i < 200; i++) {
            assertThat(FreePorts.next()).isBetween(FreePorts.POOL_START, ephemeralStart - 1);
        }
    }
}

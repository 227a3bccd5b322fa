package org.a4p.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ports asked for one after another are never the same. The kernel picks a free port at random (here among about
 * 14,000), so a thousand plain picks repeat some port almost surely (measured: 144 repeats in 2,000), and two servers
 * told the same port collide. (That another JVM's recent ports are skipped too is FreePortsLeaseTest's.)
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
        assertThat(FreePorts.ephemeralStart()).as("this machine leaves a pool below its ephemeral range")
                .isGreaterThan(FreePorts.POOL_START + 1000);
        assertThat(ports).allSatisfy(port -> assertThat(port).isBetween(FreePorts.POOL_START, FreePorts.ephemeralStart() - 1));
        int last = FreePorts.next();
        try (ServerSocket s = new ServerSocket(last, 1, InetAddress.getLoopbackAddress())) {
            assertThat(s.getLocalPort()).isEqualTo(last);
        }
    }
}

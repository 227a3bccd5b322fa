package org.a4p.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A port another JVM of this machine was given lately is not handed out again; one given long ago is. */
class FreePortsLeaseTest {

    @Test
    void aPortLeasedByAnotherJvmIsSkippedUntilItsLeaseIsOld(@TempDir Path leases) throws Exception {
        // ports no real probe gives (below 1024), so this JVM has not handed them out
        Files.createFile(leases.resolve("101"));
        Files.setLastModifiedTime(Files.createFile(leases.resolve("102")),
                FileTime.from(Instant.now().minus(FreePorts.LEASE).minusSeconds(1)));

        Iterator<Integer> kernel = List.of(101, 102, 101, 103).iterator();
        assertThat(FreePorts.next(kernel::next, leases)).isEqualTo(102);
        assertThat(Files.getLastModifiedTime(leases.resolve("102")).toInstant()).isAfter(Instant.now().minusSeconds(60));

        Iterator<Integer> again = List.of(102, 101, 103).iterator();
        assertThat(FreePorts.next(again::next, leases)).isEqualTo(103);
        assertThat(leases.resolve("103")).exists();
    }
}

package org.a4p.stakeholders.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.testing.TestInfra;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A second start against the same database publishes no second snapshot: the first start claimed it. */
@QuarkusTest
class InitialSnapshotRestartTest {

    @Inject
    InitialSnapshot snapshot;

    @Test
    void aSecondStartPublishesNothing() throws Exception {
        // the first start has run: it claimed the job and wrote the snapshot to the outbox
        assertThat(count("SELECT count(*) FROM platform_marker WHERE name = '" + InitialSnapshot.JOB + "'")).isEqualTo(1);
        long outbox = count("SELECT count(*) FROM outbox_event");
        assertThat(outbox).isPositive();

        snapshot.onStart(new StartupEvent());

        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }

    private static long count(String query) throws SQLException {
        try (Connection c = TestInfra.connect("stakeholders"); ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

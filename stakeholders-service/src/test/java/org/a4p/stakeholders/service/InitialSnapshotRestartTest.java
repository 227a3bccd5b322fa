package org.a4p.stakeholders.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A second start against the same database publishes no second snapshot: the first start claimed it. */
@QuarkusTest
class InitialSnapshotRestartTest {

    @Inject
    InitialSnapshot snapshot;

    @Test
    void aSecondStartPublishesNothing() {
        // the first start has run: it claimed the job and wrote the snapshot to the outbox
        assertThat(Sql.number("stakeholders", "SELECT count(*) FROM platform_marker WHERE name = ?", InitialSnapshot.JOB))
                .isEqualTo(1);
        long outbox = Sql.number("stakeholders", "SELECT count(*) FROM outbox_event");
        assertThat(outbox).isPositive();

        snapshot.onStart(new StartupEvent());

        assertThat(Sql.number("stakeholders", "SELECT count(*) FROM outbox_event")).isEqualTo(outbox);
    }
}

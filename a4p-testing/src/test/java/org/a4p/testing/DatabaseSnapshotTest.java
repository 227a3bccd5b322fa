package org.a4p.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot tells any change of a checksummed table and any new outbox event, except events of the types named as
 * written in the background (a sender's outcomes), which a refused request cannot have caused.
 */
class DatabaseSnapshotTest {

    private static final String DB = "recommendations";
    private static final List<String> TABLES = List.of("snapshot_sample");
    private static final List<String> BACKGROUND = List.of("org.a4p.sample.outcome.v1");

    @BeforeAll
    static void tables() throws Exception {
        try (Connection c = TestInfra.connect(DB)) {
            c.createStatement().execute("""
                    DROP TABLE IF EXISTS snapshot_sample;
                    CREATE TABLE snapshot_sample (id INT PRIMARY KEY, name TEXT);
                    INSERT INTO snapshot_sample VALUES (1, 'one');
                    CREATE TABLE IF NOT EXISTS outbox_event (seq BIGSERIAL PRIMARY KEY, type TEXT NOT NULL)""");
        }
    }

    @Test
    void backgroundEventsAreLeftOutAndAnyOtherChangeIsSeen() {
        DatabaseSnapshot before = DatabaseSnapshot.of(DB, TABLES, BACKGROUND);
        Sql.update(DB, "INSERT INTO outbox_event (type) VALUES ('org.a4p.sample.outcome.v1')");
        assertThat(DatabaseSnapshot.of(DB, TABLES, BACKGROUND)).isEqualTo(before);
        assertThat(DatabaseSnapshot.of(DB, TABLES)).as("without background types, every event counts")
                .isNotEqualTo(DatabaseSnapshot.of(DB, TABLES, BACKGROUND));

        Sql.update(DB, "INSERT INTO outbox_event (type) VALUES ('org.a4p.sample.changed.v1')");
        assertThat(DatabaseSnapshot.of(DB, TABLES, BACKGROUND)).isNotEqualTo(before);

        DatabaseSnapshot now = DatabaseSnapshot.of(DB, TABLES, BACKGROUND);
        Sql.update(DB, "UPDATE snapshot_sample SET name = 'One' WHERE id = 1");
        assertThat(DatabaseSnapshot.of(DB, TABLES, BACKGROUND)).isNotEqualTo(now);
    }
}

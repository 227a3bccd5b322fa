package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.testing.TestInfra;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed came from Flyway, so the first start announces it: consumers can build read models from the topic.
 * Other classes may change the service's rows afterwards, so the events are checked against the seed as the
 * migrations write it, not against what the API serves now.
 */
@QuarkusTest
class InitialSnapshotTest {

    private static final List<String> MIGRATIONS = List.of(
            "db/migration/V1__stakeholders_and_sessions.sql", "db/migration/V2__seed_stakeholders_and_sessions.sql");

    @Test
    void everyStakeholderIsPublishedFirstAsUpsertedWithItsSeededState() throws Exception {
        Map<String, StakeholderUpserted> seed = new HashMap<>();
        seeded("SELECT code, name, kind, category, description, closed FROM stakeholder", rs -> seed.put(rs.getString(1),
                new StakeholderUpserted(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6))));
        assertThat(seed.keySet()).containsExactlyInAnyOrderElementsOf(Seed.STAKEHOLDERS);

        List<Events.Received> events = Events.all(list -> Seed.STAKEHOLDERS.stream()
                .allMatch(code -> !Events.ofSubject(list, "stakeholders/" + code).isEmpty()));
        for (String code : Seed.STAKEHOLDERS) {
            Events.Received first = Events.ofSubject(events, "stakeholders/" + code).get(0);
            assertThat(first.event().type()).as(code).isEqualTo(EventTypes.STAKEHOLDER_UPSERTED);
            assertThat(first.key()).isEqualTo(code);
            assertThat(first.event().source()).isEqualTo(EventTypes.SOURCE_STAKEHOLDERS);
            assertThat(first.event().isComplete()).isTrue();
            assertThat(Events.JSON.convertValue(first.event().data(), StakeholderUpserted.class)).isEqualTo(seed.get(code));
        }
    }

    @Test
    void everySeededSessionIsPublishedFirstAsScheduledWithItsSeededState() throws Exception {
        Map<String, SessionEvent> seed = new HashMap<>();
        seeded("SELECT id, body, title, kind, starts_on, ends_on, location, tentative FROM body_session", rs -> seed.put(rs.getString(1),
                new SessionEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getBoolean(8))));
        assertThat(seed.keySet()).containsExactlyInAnyOrderElementsOf(Seed.SESSIONS);

        List<Events.Received> events = Events.all(list -> Seed.SESSIONS.stream()
                .allMatch(id -> !Events.ofSubject(list, "sessions/" + id).isEmpty()));
        for (String id : Seed.SESSIONS) {
            Events.Received first = Events.ofSubject(events, "sessions/" + id).get(0);
            assertThat(first.event().type()).as(id).isEqualTo(EventTypes.SESSION_SCHEDULED);
            assertThat(first.key()).isEqualTo(id);
            assertThat(Events.JSON.convertValue(first.event().data(), SessionEvent.class)).isEqualTo(seed.get(id));
        }
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs the migrations in a scratch schema of the service's database and reads {@code query} there. */
    private static void seeded(String query, Row row) throws Exception {
        String schema = "seed_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = TestInfra.connect("stakeholders"); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            try {
                s.execute("SET search_path TO " + schema);
                for (String migration : MIGRATIONS) {
                    try (InputStream in = InitialSnapshotTest.class.getClassLoader().getResourceAsStream(migration)) {
                        s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            } finally {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}

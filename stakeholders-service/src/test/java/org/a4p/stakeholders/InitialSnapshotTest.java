package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.testing.TestInfra;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed came from Flyway, so the first start announces it: consumers can build read models from the topic. */
@QuarkusTest
class InitialSnapshotTest {

    @Test
    void everyStakeholderIsPublishedOnceAsUpserted() {
        List<Events.Received> events = Events.all(list -> Seed.STAKEHOLDERS.stream()
                .allMatch(code -> !Events.ofSubject(list, "stakeholders/" + code).isEmpty()));

        // no test changes a seeded stakeholder, so each has exactly the snapshot's event
        for (String code : Seed.STAKEHOLDERS) {
            Map<String, Object> s = given().when().get("/stakeholders/{code}", code).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            List<Events.Received> about = Events.ofSubject(events, "stakeholders/" + code);
            assertThat(Events.types(about)).as(code).containsExactly(EventTypes.STAKEHOLDER_UPSERTED);
            assertThat(about.get(0).key()).isEqualTo(code);
            assertThat(about.get(0).event().source()).isEqualTo(EventTypes.SOURCE_STAKEHOLDERS);
            assertThat(about.get(0).event().isComplete()).isTrue();
            assertThat(Events.JSON.convertValue(about.get(0).event().data(), StakeholderUpserted.class))
                    .isEqualTo(new StakeholderUpserted(code, (String) s.get("name"), (String) s.get("kind"),
                            (String) s.get("category"), (String) s.get("description"), (Boolean) s.get("closed")));
        }
    }

    @Test
    void everySeededSessionIsPublishedOnceAsScheduled() {
        List<Events.Received> events = Events.all(list -> Seed.SESSIONS.stream()
                .allMatch(id -> !Events.ofSubject(list, "sessions/" + id).isEmpty()));
        for (String id : Seed.SESSIONS) {
            List<Events.Received> about = Events.ofSubject(events, "sessions/" + id);
            assertThat(Events.types(about)).as(id).containsExactly(EventTypes.SESSION_SCHEDULED);
            assertThat(about.get(0).key()).isEqualTo(id);
            Map<String, Object> s = given().when().get("/sessions/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(Events.JSON.convertValue(about.get(0).event().data(), SessionEvent.class))
                    .isEqualTo(new SessionEvent(id, (String) s.get("body"), (String) s.get("title"), (String) s.get("kind"),
                            LocalDate.parse((String) s.get("startsOn")), LocalDate.parse((String) s.get("endsOn")),
                            (String) s.get("location"), (Boolean) s.get("tentative")));
        }
    }

    @Test
    void theSnapshotIsClaimedSoARestartDoesNotRepeatIt() throws Exception {
        try (Connection c = TestInfra.connect("stakeholders");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM platform_marker WHERE name = 'initial-snapshot'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}

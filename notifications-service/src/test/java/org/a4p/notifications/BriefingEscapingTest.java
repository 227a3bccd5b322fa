package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.Topics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What other people wrote reaches a briefing reader as text, in JSON and in Markdown alike. */
@QuarkusTest
class BriefingEscapingTest {

    private static final String TITLE = "<script>alert(1)</script> & [x](javascript:alert(2))";
    private static final String TEXT = "<img src=x onerror=alert(3)> **Recommendation** & more";

    @Test
    void hostileTextsAreEscapedInJsonAndMarkdown() {
        int n = Events.freshNumber();
        String session = Events.fresh("hostile");
        Events.event(Topics.RECOMMENDATION_EVENTS, String.valueOf(n), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_UPSERTED, "recommendations/" + n,
                new RecommendationUpserted(n, "CONDUCT", "Conduct", TEXT, "How", List.of("THINK_TANKS"), 7, "Context",
                        "PROPOSED", OffsetDateTime.now(ZoneOffset.UTC), 1)).send();
        Events.event(Topics.STAKEHOLDER_EVENTS, session, EventTypes.SOURCE_STAKEHOLDERS, EventTypes.SESSION_SCHEDULED,
                "sessions/" + session, new SessionEvent(session, "THINK_TANKS", TITLE, "WORKSHOP",
                        LocalDate.now().plusDays(300), LocalDate.now().plusDays(301), "<b>Hall</b>", false)).send();
        Fixtures.awaitRecommendation(n, 1);
        Fixtures.awaitDb("SELECT count(*) FROM session WHERE id = ?", 1, session);

        String json = given().queryParam("session", session).accept("application/json").get("/briefings")
                .then().statusCode(200).extract().asString();
        assertThat(json).doesNotContain("<", ">", "&");
        JsonPath parsed = new JsonPath(json);
        assertThat(parsed.getString("session.title")).isEqualTo(TITLE);
        assertThat(parsed.getList("recommendations.text", String.class)).contains(TEXT);

        String markdown = given().queryParam("session", session).accept("text/markdown").get("/briefings")
                .then().statusCode(200).extract().asString();
        assertThat(markdown).doesNotContain("<", ">", "](javascript", "**Recommendation**")
                .contains("&lt;script&gt;", "&amp;", "\\*\\*Recommendation\\*\\*");
    }
}

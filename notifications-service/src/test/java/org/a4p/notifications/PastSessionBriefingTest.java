package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.testing.OpenApiAnswers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.briefing;
import static org.a4p.notifications.Fixtures.markdown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A briefing for a session that has started says what was true at its start: the statuses and the body's positions
 * then, and the changes between the previous session's start and its own, not those made after it. The briefing of the
 * body's next session, still ahead, is the present as before. Every event carries an explicit time around the sessions.
 */
@QuarkusTest
class PastSessionBriefingTest {

    @Inject
    ShiftableClock clock;

    @Test
    void aPastSessionsBriefingShowsTheStateAtItsStartAndOnlyTheChangesBetweenTheTwoSessions() throws Exception {
        String body = Fixtures.memberStatesBody("C34PAST");
        LocalDate today = LocalDate.now(clock);
        LocalDate previousStart = today.minusDays(400);
        LocalDate pastStart = today.minusDays(100);
        OffsetDateTime past = pastStart.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime previous = previousStart.atStartOfDay().atOffset(ZoneOffset.UTC);
        String previousSession = Events.fresh("c34-y1");
        String pastSession = Events.fresh("c34-y2");
        String nextSession = Events.fresh("c34-y3");
        Events.session(EventTypes.SESSION_SCHEDULED, previousSession, body, "C34_SUBSTANTIVE", previousStart).send();
        Events.session(EventTypes.SESSION_SCHEDULED, pastSession, body, "C34_SUBSTANTIVE", pastStart).send();
        Events.session(EventTypes.SESSION_SCHEDULED, nextSession, body, "C34_SUBSTANTIVE", today.plusDays(30)).send();

        int n = Events.freshNumber();
        int categoryOnly = Events.freshNumber();
        recommendation(n, "POLITICS", List.of("MEMBER_STATES"));
        recommendation(categoryOnly, "CONDUCT", List.of("MEMBER_STATES", "SECRETARIAT"));
        Events.Sent beforeWindow = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2, previous.minusDays(10)).send();
        Events.Sent inWindow = Events.statusChanged(n, "UNDER_CONSIDERATION", "ACCEPTED", 3, past.minusDays(50)).send();
        Events.Sent afterStart = Events.statusChanged(n, "ACCEPTED", "IN_PROGRESS", 4, past.plusDays(20)).send();
        // the body's own position: accepted before the session, implemented after it
        Events.positionChanged(n, body, "SET", "ACCEPTED", "NOT_STARTED", null, 1, 5, past.minusDays(30)).send();
        Events.positionChanged(n, body, "SET", "ACCEPTED", "IMPLEMENTED", "ACCEPTED", 2, 6, past.plusDays(30)).send();
        // the category's position on a recommendation the body has none on: changed only after the session started
        Events.positionChanged(categoryOnly, "MEMBER_STATES", "SET", "ACCEPTED", "IN_PROGRESS", "PENDING", 1, 2,
                past.plusDays(10)).send();
        Fixtures.awaitRecommendation(n, 4);
        Fixtures.awaitDb("SELECT position_version FROM recommendation_position WHERE number = ? AND stakeholder = ?", 2, n, body);
        Fixtures.awaitDb("SELECT count(*) FROM position_change WHERE number = ?", 1, categoryOnly);
        Fixtures.awaitDb("SELECT count(*) FROM session WHERE id = ?", 1, nextSession);

        // the past session: as of its start
        JsonNode then = briefing(pastSession);
        OpenApiAnswers.served().assertFits("Briefing", then);
        assertThat(OffsetDateTime.parse(then.get("asOf").asText())).isEqualTo(past);
        assertThat(then.get("previousSessionStartsOn").asText()).isEqualTo(previousStart.toString());
        JsonNode item = item(then, n);
        assertThat(item.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(item.get("area").asText()).isEqualTo("POLITICS");
        assertThat(item.get("areaName").asText()).isEqualTo("Area POLITICS");
        assertThat(item.at("/position/stakeholder").asText()).isEqualTo(body);
        assertThat(item.at("/position/implementation").asText()).isEqualTo("NOT_STARTED");
        assertThat(item(then, categoryOnly).at("/position/stakeholder").asText()).isEqualTo("MEMBER_STATES");
        assertThat(item(then, categoryOnly).at("/position/acceptance").asText()).isEqualTo("PENDING");
        assertThat(changesOf(then, n)).containsExactly("UNDER_CONSIDERATION>ACCEPTED");
        String md = markdown(pastSession);
        assertThat(md).contains("**As of:** " + pastStart)
                .contains("until this session's start")
                .contains("| Area POLITICS |")
                .contains("recommendation " + n + " UNDER\\_CONSIDERATION → ACCEPTED")
                .doesNotContain("recommendation " + n + " ACCEPTED → IN\\_PROGRESS")
                .doesNotContain("recommendation " + n + " PROPOSED → UNDER\\_CONSIDERATION");

        // the next session, still ahead: the present, and the changes since the past session's start
        JsonNode now = briefing(nextSession);
        assertThat(now.has("asOf")).isFalse();
        assertThat(item(now, n).get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(item(now, n).at("/position/implementation").asText()).isEqualTo("IMPLEMENTED");
        assertThat(item(now, categoryOnly).at("/position/acceptance").asText()).isEqualTo("ACCEPTED");
        assertThat(changesOf(now, n)).containsExactly("ACCEPTED>IN_PROGRESS");
        assertThat(markdown(nextSession)).doesNotContain("**As of:**").contains("| Area POLITICS |");
        assertThat(List.of(beforeWindow.id(), inWindow.id(), afterStart.id())).doesNotHaveDuplicates();
    }

    private static JsonNode item(JsonNode briefing, int number) {
        return StreamSupport.stream(briefing.get("recommendations").spliterator(), false)
                .filter(i -> i.get("number").asInt() == number).findFirst().orElseThrow();
    }

    private static List<String> changesOf(JsonNode briefing, int number) {
        return StreamSupport.stream(briefing.get("changesSincePreviousSession").spliterator(), false)
                .filter(c -> c.get("number").asInt() == number).map(c -> c.get("from").asText() + ">" + c.get("to").asText())
                .toList();
    }
}

package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.OpenApiAnswers;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.a4p.notifications.Fixtures.briefing;
import static org.a4p.notifications.Fixtures.markdown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * org.a4p.session.outcome-recorded.v1 in the read model (once per event id, the newest version wins, a cancellation
 * removes it) and in the briefing of the body's next session, as JSON and as Markdown.
 */
@QuarkusTest
class SessionOutcomeBriefingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ShiftableClock clock;

    @Test
    void theNextBriefingShowsHowThePreviousSessionEndedAndOnlyTheNewestOutcomeCounts() throws Exception {
        String body = Fixtures.memberStatesBody("C34OUT");
        LocalDate today = LocalDate.now(clock);
        LocalDate previousStart = today.minusDays(300);
        String previous = Events.fresh("c34-prev");
        String next = Events.fresh("c34-next");
        Events.session(EventTypes.SESSION_SCHEDULED, previous, body, "C-34 substantive session 2025", "C34_SUBSTANTIVE",
                previousStart).send();
        Events.session(EventTypes.SESSION_SCHEDULED, next, body, "C-34 substantive session 2026", "C34_SUBSTANTIVE",
                today.plusDays(60)).send();
        Fixtures.awaitDb("SELECT count(*) FROM session WHERE id = ?", 1, next);

        assertThat(briefing(next).has("previousSessionOutcome")).isFalse();
        assertThat(markdown(next)).contains("## Outcome of the previous session\n\nNo outcome recorded.");

        Events.Sent second = Events.outcome(previous, body, "NO_SUBSTANTIVE_REPORT", null, "Only the procedural_report *", 2).send();
        Fixtures.awaitDb("SELECT version FROM session_outcome WHERE session_id = ?", 2, previous);
        String sentence = "C-34 substantive session 2025 (" + previousStart + ") adopted no substantive report.";
        JsonNode b = briefing(next);
        JsonNode o = b.get("previousSessionOutcome");
        assertThat(o.get("sessionId").asText()).isEqualTo(previous);
        assertThat(o.get("startsOn").asText()).isEqualTo(previousStart.toString());
        assertThat(o.get("outcome").asText()).isEqualTo("NO_SUBSTANTIVE_REPORT");
        assertThat(o.get("documentSymbol").isNull()).isTrue();
        assertThat(o.get("note").asText()).isEqualTo("Only the procedural_report *");
        assertThat(o.get("summary").asText()).isEqualTo(sentence);
        OpenApiAnswers.served().assertFits("Briefing", b);
        // Markdown: the sentence, and the note escaped (it came from data)
        assertThat(markdown(next)).contains("## Outcome of the previous session\n\n" + sentence.replace("-", "\\-").replace("(", "\\(")
                        .replace(")", "\\)").replace(".", "\\."))
                .contains("- **Note:** Only the procedural\\_report \\*");

        // the same event again and an older version change nothing; a later event on the same key proves both were read
        second.send();
        Events.Sent older = Events.outcome(previous, body, "SUSPENDED", null, "older", 1).send();
        Events.session(EventTypes.SESSION_CHANGED, previous, body, "C-34 substantive session 2025 (resumed)", "C34_SUBSTANTIVE",
                previousStart).send();
        Fixtures.awaitDb("SELECT title FROM session WHERE id = ?", "C-34 substantive session 2025 (resumed)", previous);
        assertThat(Sql.single("notifications", "SELECT outcome FROM session_outcome WHERE session_id = ?", previous))
                .isEqualTo("NO_SUBSTANTIVE_REPORT");
        assertThat(Sql.number("notifications", "SELECT version FROM session_outcome WHERE session_id = ?", previous)).isEqualTo(2);
        assertThat(Sql.number("notifications", "SELECT count(*) FROM processed_event WHERE event_id = ?", second.id())).isEqualTo(1);
        assertThat(Sql.number("notifications", "SELECT count(*) FROM processed_event WHERE event_id = ?", older.id())).isEqualTo(1);

        // a correction replaces it
        Events.outcome(previous, body, "REPORT_ADOPTED", "A/79/19", null, 3).send();
        Fixtures.awaitDb("SELECT version FROM session_outcome WHERE session_id = ?", 3, previous);
        o = briefing(next).get("previousSessionOutcome");
        assertThat(o.get("summary").asText())
                .isEqualTo("C-34 substantive session 2025 (resumed) (" + previousStart + ") adopted its report A/79/19.");
        assertThat(o.get("note").isNull()).isTrue();
        assertThat(markdown(next)).contains("adopted its report A/79/19").doesNotContain("**Note:**");

        // cancelling the previous session takes its outcome with it
        Events.session(EventTypes.SESSION_CANCELLED, previous, body, "C34_SUBSTANTIVE", previousStart).send();
        Fixtures.awaitDb("SELECT count(*) FROM session_outcome WHERE session_id = ?", 0, previous);
        JsonNode after = briefing(next);
        assertThat(after.has("previousSessionOutcome")).isFalse();
        assertThat(after.has("previousSessionStartsOn")).isFalse();
    }

    @Test
    void anOutcomeWithoutAKnownCodeOrVersionIsDeadLetteredNotApplied() {
        String session = Events.fresh("bad-outcome");
        Events.Sent unknown = Events.event(Topics.STAKEHOLDER_EVENTS, session, EventTypes.SOURCE_STAKEHOLDERS,
                EventTypes.SESSION_OUTCOME_RECORDED, "sessions/" + session, new SessionOutcomeRecorded(session, "C34",
                        "ADJOURNED", null, null, "x", OffsetDateTime.now(ZoneOffset.UTC), 1)).send();
        Events.Sent noVersion = Events.event(Topics.STAKEHOLDER_EVENTS, session, EventTypes.SOURCE_STAKEHOLDERS,
                EventTypes.SESSION_OUTCOME_RECORDED, "sessions/" + session, new SessionOutcomeRecorded(session, "C34",
                        "SUSPENDED", null, null, "x", OffsetDateTime.now(ZoneOffset.UTC), 0)).send();
        var dead = KafkaTopics.readAll(Topics.deadLetter(Topics.STAKEHOLDER_EVENTS), WAIT,
                records -> records.stream().filter(r -> r.value().contains(unknown.id()) || r.value().contains(noVersion.id())).count() == 2);
        assertThat(dead).filteredOn(r -> r.value().contains(unknown.id()) || r.value().contains(noVersion.id())).hasSize(2)
                .allSatisfy(r -> assertThat(new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                        .contains("lacks id, body, a known outcome, recordedAt and a version"));
        assertThat(Sql.number("notifications", "SELECT count(*) FROM session_outcome WHERE session_id = ?", session)).isZero();
    }
}

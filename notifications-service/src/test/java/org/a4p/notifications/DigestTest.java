package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.a4p.testing.Mailbox;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.a4p.notifications.Mails.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Digests by the injectable clock, against the real SMTP server. */
@QuarkusTest
class DigestTest extends WithDigestClock {

    private static List<MimeMessage> withSubject(String address, String start) {
        return Mailbox.of(address).messages().stream().filter(m -> Mailbox.subject(m).startsWith(start)).toList();
    }

    @Test
    void aDailyDigestListsTheDayAtItsHourOnceAndNothingForAnEmptyDay() throws Exception {
        int n = Events.freshNumber();
        int m = Events.freshNumber();
        Fixtures.recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        Fixtures.recommendation(m, "PROTECTION", List.of("MEMBER_STATES"));
        String address = Mails.freshAddress();
        String id = Mails.subscribeConfirmed("Mission of Malta", address,
                Map.of("recommendations", List.of(n, m), "digest", "DAILY", "language", "es"));
        Events.statusChanged(n, "PROPOSED", "ACCEPTED", 2).send();
        Events.statusChanged(m, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
        Fixtures.awaitDb("SELECT count(*) FROM digest_item WHERE subscription_id = ?::uuid", 2, id);
        assertThat(Sql.number("notifications", "SELECT count(*) FROM delivery WHERE subscription_id = ?::uuid", id))
                .as("no alert at once for a digest subscription").isZero();
        LocalDate day = LocalDate.now(ZoneOffset.UTC);

        // the next day, just before the digest hour: nothing yet
        clock.shift(DigestChecks.shiftTo(day.plusDays(1), -2));
        DigestChecks.awaitACheckAfterNow(digests);
        assertThat(withSubject(address, "Resumen diario")).isEmpty();

        clock.reset();
        clock.shift(DigestChecks.shiftTo(day.plusDays(1), 1));
        MimeMessage digest = Mailbox.of(address).await(1, x -> Mailbox.subject(x).startsWith("Resumen diario"), WAIT).get(0);
        Mails.assertWellFormed(digest, address, "es", true);
        assertThat(Mailbox.subject(digest)).isEqualTo("Resumen diario: " + day + " – " + day.plusDays(1) + " (2)");
        assertThat(Mails.text(digest)).contains("Recommendation text " + n, "Recommendation text " + m,
                "Cambios de estado en el período");
        DigestChecks.awaitACheckAfterNow(digests);
        assertThat(withSubject(address, "Resumen diario")).as("once per period").hasSize(1);
        Fixtures.deliveries(id).statusCode(200).body("[0].type", equalTo("org.a4p.digest.v1"))
                .body("[0].status", equalTo("DELIVERED"));

        // the day after: nothing matched, nothing is sent
        clock.reset();
        clock.shift(DigestChecks.shiftTo(day.plusDays(2), 1));
        DigestChecks.awaitACheckAfterNow(digests);
        assertThat(withSubject(address, "Resumen diario")).hasSize(1);
        assertThat(Sql.number("notifications", """
                SELECT count(*) FROM digest_period WHERE subscription_id = ?::uuid AND items = 0 AND notification_id IS NULL
                AND period_start = ?::date""", id, day.plusDays(1).toString())).isEqualTo(1);
    }

    @Test
    void aWeeklyDigestListsTheWeekOnMonday() throws Exception {
        int n = Events.freshNumber();
        Fixtures.recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String address = Mails.freshAddress();
        String id = Mails.subscribeConfirmed("Mission of Cyprus", address,
                Map.of("recommendations", List.of(n), "digest", "WEEKLY", "language", "ar"));
        Events.statusChanged(n, "PROPOSED", "ACCEPTED", 2).send();
        Fixtures.awaitDb("SELECT count(*) FROM digest_item WHERE subscription_id = ?::uuid", 1, id);
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        clock.shift(DigestChecks.shiftTo(monday, 1));
        MimeMessage digest = Mailbox.of(address).await(1, x -> Mailbox.subject(x).startsWith("الموجز الأسبوعي"), WAIT).get(0);
        Mails.assertWellFormed(digest, address, "ar", true);
        assertThat(Mailbox.subject(digest)).isEqualTo("الموجز الأسبوعي: " + monday.minusDays(7) + " – " + monday + " (1)");
        assertThat(Mails.html(digest)).contains("dir=\"rtl\"", "Recommendation text " + n);
    }

    @Test
    void aDailyDigestIsSentOnceAcrossARestart() {
        DigestRestartFixture.digestOnceAcrossRestart(getClass().getSimpleName(), clock, digests);
    }
}

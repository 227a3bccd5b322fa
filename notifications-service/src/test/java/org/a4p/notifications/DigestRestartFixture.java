package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import jakarta.mail.internet.MimeMessage;
import org.a4p.notifications.service.DigestService;
import org.a4p.testing.Mailbox;
import org.a4p.testing.Sql;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.a4p.notifications.Mails.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A daily digest is sent once per period, also across a restart", over two application starts whatever order the test
 * classes run in (as {@link RestartFixture} does for briefings): the first class makes the digest of a day come due and
 * gets it once; the second, a restarted application standing in the same period, must send nothing more.
 */
final class DigestRestartFixture {

    private static final String CREATOR = "a4p.test.digest-restart.creator";
    private static final String SUBSCRIPTION = "a4p.test.digest-restart.subscription";
    private static final String ADDRESS = "a4p.test.digest-restart.address";
    private static final String DAY = "a4p.test.digest-restart.day";

    private DigestRestartFixture() {
    }

    static void digestOnceAcrossRestart(String testClass, ShiftableClock clock, DigestService digests) {
        String creator = System.getProperty(CREATOR);
        if (creator == null || creator.equals(testClass)) {
            sendOnce(testClass, clock, digests);
        } else {
            notAgainAfterRestart(clock, digests);
        }
    }

    private static List<MimeMessage> digestMails(String address) {
        return Mailbox.of(address).messages().stream().filter(m -> Mailbox.subject(m).startsWith("Daily digest")).toList();
    }

    private static void sendOnce(String testClass, ShiftableClock clock, DigestService digests) {
        int n = Events.freshNumber();
        Fixtures.recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String address = Mails.freshAddress();
        String id = Mails.subscribeConfirmed("Mission of Restart", address, Map.of("recommendations", List.of(n), "digest", "DAILY"));
        Events.Sent change = Events.statusChanged(n, "PROPOSED", "ACCEPTED", 2).send();
        Fixtures.awaitDb("SELECT count(*) FROM digest_item WHERE subscription_id = ?::uuid", 1, id);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        clock.shift(DigestChecks.shiftTo(day.plusDays(1), 1));
        Mailbox.of(address).await(1, m -> Mailbox.subject(m).startsWith("Daily digest"), WAIT);
        DigestChecks.awaitACheckAfterNow(digests);
        assertThat(digestMails(address)).hasSize(1);
        assertThat(Mails.text(digestMails(address).get(0))).contains("Recommendation text " + n);
        System.setProperty(SUBSCRIPTION, id);
        System.setProperty(ADDRESS, address);
        System.setProperty(DAY, day.toString());
        System.setProperty(CREATOR, testClass);
        assertThat(change.id()).isNotBlank();
    }

    private static void notAgainAfterRestart(ShiftableClock clock, DigestService digests) {
        String address = System.getProperty(ADDRESS);
        String id = System.getProperty(SUBSCRIPTION);
        clock.shift(DigestChecks.shiftTo(LocalDate.parse(System.getProperty(DAY)).plusDays(1), 2));
        DigestChecks.awaitACheckAfterNow(digests);
        DigestChecks.awaitACheckAfterNow(digests);
        assertThat(digestMails(address)).hasSize(1);
        assertThat(Sql.number("notifications", """
                SELECT count(*) FROM delivery d JOIN notification n ON n.id = d.notification_id
                WHERE d.subscription_id = ?::uuid AND n.type = 'org.a4p.digest.v1'""", id)).isEqualTo(1);
        assertThat(Sql.number("notifications", "SELECT count(*) FROM digest_period WHERE subscription_id = ?::uuid AND items = 1", id))
                .isEqualTo(1);
    }
}

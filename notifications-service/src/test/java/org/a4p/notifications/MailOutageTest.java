package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.a4p.testing.Mailbox;
import org.a4p.testing.Sql;
import org.a4p.testing.TestInfra;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.a4p.notifications.Mails.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail server stops while alerts or a confirmation mail are due: they are retried with backoff and all arrive
 * once it is back.
 */
@QuarkusTest
@TestProfile(OtherSettings.class) // enough attempts to outlast the outage
class MailOutageTest {

    @Test
    void alertsDueDuringAMailServerOutageArriveOnceItIsBack() throws Exception {
        int n = Events.freshNumber();
        Fixtures.recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String first = Mails.freshAddress();
        String second = Mails.freshAddress();
        String a = Mails.subscribeConfirmed("Mission of Outage", first, Map.of("recommendations", List.of(n)));
        String b = Mails.subscribeConfirmed("Mission of Outage", second, Map.of("recommendations", List.of(n), "language", "zh"));
        TestInfra.stopSmtp();
        Events.Sent change;
        try {
            change = Events.statusChanged(n, "PROPOSED", "ACCEPTED", 2).send();
            for (String id : List.of(a, b)) {
                await().atMost(WAIT).until(() -> {
                    JsonPath d = Fixtures.deliveries(id).statusCode(200).extract().jsonPath();
                    return d.getList("").size() == 1 && d.getInt("[0].attemptCount") >= 2 && "PENDING".equals(d.getString("[0].status"));
                });
            }
            assertThat(Fixtures.deliveries(a).extract().jsonPath().getString("[0].lastError")).isNotBlank();
        } finally {
            TestInfra.startSmtp();
        }
        for (String address : List.of(first, second)) {
            MimeMessage alert = Mailbox.of(address).await(2, m -> true, WAIT).get(1);
            Mails.assertWellFormed(alert, address, address.equals(first) ? "en" : "zh", true);
        }
        for (String id : List.of(a, b)) {
            await().atMost(WAIT).until(() -> "DELIVERED".equals(Fixtures.deliveries(id).extract().jsonPath().getString("[0].status")));
            assertThat(Fixtures.deliveries(id).extract().jsonPath().getString("[0].eventId")).isEqualTo(change.id());
        }
        assertThat(Mailbox.of(first).messages()).as("the confirmation and exactly one alert").hasSize(2);
        assertThat(Mailbox.of(second).messages()).hasSize(2);
    }

    @Test
    void aConfirmationMailAskedForDuringAnOutageArrivesOnceTheServerIsBack() throws Exception {
        String address = Mails.freshAddress();
        String id;
        TestInfra.stopSmtp();
        try {
            id = Mails.subscribe("Mission of Outage", address, Map.of()).getString("id");
            await("two attempts failed").atMost(WAIT).until(() -> Sql.number("notifications",
                    "SELECT confirm_mail_attempts FROM subscription WHERE id = ?::uuid", id) >= 2);
            assertThat(Sql.single("notifications", "SELECT confirm_token_sealed IS NOT NULL FROM subscription WHERE id = ?::uuid", id))
                    .as("the token waits, sealed, for the next attempt").isEqualTo(true);
        } finally {
            TestInfra.startSmtp();
        }
        String token = Mails.confirmationToken(address);
        await("the kept token dropped once the mail was taken").atMost(WAIT).until(() -> Sql.single("notifications",
                "SELECT confirm_token_sealed IS NULL AND confirm_mail_due_at IS NULL FROM subscription WHERE id = ?::uuid", id)
                .equals(true));
        Mails.confirm(id, token).statusCode(200).body("confirmed", org.hamcrest.Matchers.equalTo(true));
        assertThat(Mailbox.of(address).messages()).as("one confirmation mail, not one per attempt").hasSize(1);
    }
}

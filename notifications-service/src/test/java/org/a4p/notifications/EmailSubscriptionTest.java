package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.a4p.events.EventTypes;
import org.a4p.testing.Mailbox;
import org.a4p.testing.Metrics;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Mails.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** E-mail subscriptions against the real SMTP server of a4p-testinfra: double opt-in, alerts, briefings, unsubscribe. */
@QuarkusTest
class EmailSubscriptionTest {

    @Inject
    ShiftableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Waits until the status change was applied (its fan-out is in the same transaction). */
    private static void awaitApplied(Events.Sent change) {
        Fixtures.awaitDb("SELECT count(*) FROM status_change WHERE event_id = ?", 1, change.id());
    }

    @Test
    void nothingReachesAnAddressUntilItsLinkIsUsedAndTheLinkWorksOnce() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String address = Mails.freshAddress();
        JsonPath created = Mails.subscribe("Mission of Fiji", address, Map.of("recommendations", List.of(n)));
        String id = created.getString("id");
        assertThat(created.getBoolean("confirmed")).isFalse();
        assertThat(created.getString("language")).isEqualTo("en");
        assertThat(created.getString("digest")).isEqualTo("NONE");

        MimeMessage confirmation = Mailbox.of(address).await(1, m -> true, WAIT).get(0);
        Mails.assertWellFormed(confirmation, address, "en", false);
        assertThat(Mailbox.subject(confirmation)).isEqualTo("Confirm your A4P Tracker alerts");
        String token = Mails.confirmationToken(address);
        assertThat(Sql.single("notifications", "SELECT confirm_token_hash FROM subscription WHERE id = ?::uuid", id))
                .as("only the token's hash is stored").isNotEqualTo(token);

        Events.Sent before = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
        awaitApplied(before);
        assertThat(Sql.number("notifications", "SELECT count(*) FROM delivery WHERE subscription_id = ?::uuid", id)).isZero();

        Mails.confirm(id, token.substring(1) + "A").statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:a4p:problem:confirmation-token-invalid"));
        Mails.confirm(id, token).statusCode(200).body("confirmed", equalTo(true)).body("secret", org.hamcrest.Matchers.nullValue());
        Mails.confirm(id, token).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:a4p:problem:confirmation-token-used"));

        double alertsSent = Metrics.value(Metrics.scrape(), "a4p_emails_sent_total", "kind=\"alert\"", "outcome=\"sent\"");
        Events.Sent after = Events.statusChanged(n, "UNDER_CONSIDERATION", "ACCEPTED", 3).send();
        MimeMessage alert = Mailbox.of(address).await(1, m -> Mailbox.subject(m).startsWith("Status changed"), WAIT).get(0);
        assertThat(Mailbox.of(address).messages()).as("the confirmation and the alert after it, nothing before").hasSize(2);
        Mails.assertWellFormed(alert, address, "en", true);
        assertThat(Mailbox.subject(alert)).isEqualTo("Status changed: Recommendation " + n + ": UNDER_CONSIDERATION → ACCEPTED");
        assertThat(Mails.text(alert)).contains("Recommendation text " + n, "note for ACCEPTED",
                "http://localhost:8081/recommendations/" + n);
        assertThat(Mails.html(alert)).contains("<a href=\"http://localhost:8081/recommendations/" + n + "\">");
        Fixtures.deliveries(id).statusCode(200).body("[0].eventId", equalTo(after.id())).body("[0].status", equalTo("DELIVERED"))
                .body("[0].attemptCount", equalTo(1));
        await("the alert counted in /q/metrics").atMost(WAIT).until(() -> Metrics.value(Metrics.scrape(),
                "a4p_emails_sent_total", "kind=\"alert\"", "outcome=\"sent\"") >= alertsSent + 1);
    }

    @Test
    void anExpiredLinkIsRefusedAndTheUnconfirmedSubscriptionEnds() {
        String address = Mails.freshAddress();
        String id = Mails.subscribe("Mission of Tonga", address, Map.of()).getString("id");
        String token = Mails.confirmationToken(address);
        try (ShiftableClock.Shifted ignored = clock.shifted(Duration.ofHours(48).plusMinutes(1))) {
            Mails.confirm(id, token).statusCode(410).contentType("application/problem+json")
                    .body("type", equalTo("urn:a4p:problem:confirmation-token-expired"));
        }
        assertThat(Sql.single("notifications", "SELECT confirmed FROM subscription WHERE id = ?::uuid", id)).isEqualTo(false);
        try (ShiftableClock.Shifted ignored = clock.shifted(Duration.ofDays(9 + 2))) {
            Fixtures.awaitDb("SELECT count(*) FROM subscription WHERE id = ?::uuid", 0, id);
        }
        Mails.confirm(id, token).statusCode(404);
    }

    @Test
    void anEmailTargetMustBeAnAddressAndDigestsAreForEmail() {
        for (String bad : List.of("not-an-address", "a@b", "x@example.org\r\nBcc: victim@example.org", "\"quoted\"@example.org",
                "Name <x@example.org>", "x@-example.org", "x@example.org,y@example.org")) {
            given().header("Authorization", org.a4p.testing.Tokens.delegation("Mission of Samoa")).contentType("application/json")
                    .body(Map.of("subscriber", "Mission of Samoa", "channel", "EMAIL", "target", bad))
                    .post("/subscriptions").then().statusCode(400).contentType("application/problem+json");
        }
        given().header("Authorization", org.a4p.testing.Tokens.delegation("Mission of Samoa")).contentType("application/json")
                .body(Map.of("subscriber", "Mission of Samoa", "channel", "WEBHOOK", "target", "https://hooks.example.org/a",
                        "digest", "DAILY"))
                .post("/subscriptions").then().statusCode(400).contentType("application/problem+json");
        assertThat(Sql.number("notifications", "SELECT count(*) FROM subscription WHERE subscriber = 'Mission of Samoa'")).isZero();
    }

    @Test
    void dataIsEscapedInTheHtmlPartAndOnlyWebLinksAreLinks() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String address = Mails.freshAddress();
        Mails.subscribeConfirmed("Mission of Nauru", address, Map.of("recommendations", List.of(n)));
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        Events.event(org.a4p.events.Topics.RECOMMENDATION_EVENTS, String.valueOf(n), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_STATUS_CHANGED, "recommendations/" + n,
                new org.a4p.events.RecommendationStatusChanged(n, "PROPOSED", "ACCEPTED", hostile, "javascript:alert(1)",
                        "officer\r\nBcc: victim@example.org", java.time.OffsetDateTime.now(), 2)).send();
        MimeMessage alert = Mailbox.of(address).await(1, m -> Mailbox.subject(m).startsWith("Status changed"), WAIT).get(0);
        Mails.assertWellFormed(alert, address, "en", true);
        String html = Mails.html(alert);
        assertThat(html).doesNotContain("<script", "<img", "javascript:alert(1)\"", "href=\"javascript");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&amp;", "&quot;quoted&quot;");
        assertThat(Mails.text(alert)).contains(hostile);
        assertThat(alert.getHeader("Bcc")).isNull();
    }

    @Test
    void oneClickUnsubscribeEndsTheSubscriptionAndRepeatsHarmlessly() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String address = Mails.freshAddress();
        String id = Mails.subscribeConfirmed("Mission of Palau", address, Map.of("recommendations", List.of(n)));
        Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
        MimeMessage alert = Mailbox.of(address).await(1, m -> Mailbox.subject(m).startsWith("Status changed"), WAIT).get(0);
        String header = Mailbox.header(alert, "List-Unsubscribe");
        String url = header.substring(1, header.length() - 1);
        assertThat(Mails.html(alert)).contains("href=\"" + url.replace("&", "&amp;") + "\"");

        String path = url.substring(url.indexOf("/subscriptions/"));
        given().get(path).then().statusCode(200).contentType("text/html").body(org.hamcrest.Matchers.containsString("<form method=\"post\""));
        Fixtures.awaitDb("SELECT count(*) FROM subscription WHERE id = ?::uuid", 1, id); // a GET changes nothing
        given().get(path.replaceAll("token=[^&]+", "token=wrong")).then().statusCode(200);
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(path.replaceAll("token=[^&]+", "token=wrong")).then().statusCode(403).contentType("application/problem+json");
        Fixtures.awaitDb("SELECT count(*) FROM subscription WHERE id = ?::uuid", 1, id);

        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(path)
                .then().statusCode(200).contentType("text/html");
        assertThat(Sql.number("notifications", "SELECT count(*) FROM subscription WHERE id = ?::uuid", id)).isZero();
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(path)
                .then().statusCode(200);

        Events.Sent later = Events.statusChanged(n, "UNDER_CONSIDERATION", "ACCEPTED", 3).send();
        awaitApplied(later);
        assertThat(Mailbox.of(address).messages()).as("the confirmation and the one alert").hasSize(2);
    }

    @Test
    void everyLanguageGetsItsTextsItsContentLanguageAndItsDirection() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        Map<String, String> subjects = Map.of("ar", "تغيّر الحالة", "zh", "状态变更", "en", "Status changed",
                "fr", "Changement de statut", "ru", "Изменение статуса", "es", "Cambio de estado");
        Map<String, String> confirmSubjects = Map.of("ar", "أكِّد تنبيهات A4P Tracker", "zh", "请确认您的 A4P Tracker 提醒",
                "en", "Confirm your A4P Tracker alerts", "fr", "Confirmez vos alertes A4P Tracker",
                "ru", "Подтвердите оповещения A4P Tracker", "es", "Confirme sus alertas de A4P Tracker");
        Map<String, String> addresses = new java.util.TreeMap<>();
        for (String language : subjects.keySet()) {
            String address = Mails.freshAddress();
            addresses.put(language, address);
            Mails.subscribeConfirmed("Mission of Kiribati", address, Map.of("recommendations", List.of(n), "language", language));
        }
        Events.statusChanged(n, "PROPOSED", "ACCEPTED", 2).send();
        for (var e : addresses.entrySet()) {
            String language = e.getKey();
            List<MimeMessage> mails = Mailbox.of(e.getValue()).await(2, m -> true, WAIT);
            MimeMessage confirmation = mails.get(0);
            MimeMessage alert = mails.get(1);
            Mails.assertWellFormed(confirmation, e.getValue(), language, false);
            Mails.assertWellFormed(alert, e.getValue(), language, true);
            assertThat(Mailbox.subject(confirmation)).isEqualTo(confirmSubjects.get(language));
            assertThat(Mailbox.subject(alert)).startsWith(subjects.get(language) + ": ");
            assertThat(Mails.html(alert)).contains("dir=\"" + ("ar".equals(language) ? "rtl" : "ltr") + "\"");
            // the report's text stays English, marked as such inside the localized mail
            assertThat(Mails.html(alert)).contains("<bdi lang=\"en\">Recommendation text " + n + "</bdi>");
        }
    }

    @Test
    void aBriefingGoesByMailLeadDaysBeforeTheSession() throws Exception {
        String body = Fixtures.memberStatesBody("C34_MAIL");
        String address = Mails.freshAddress();
        String id = Mails.subscribeConfirmed("Mission of Tuvalu", address,
                Map.of("bodies", List.of(body), "leadDays", List.of(7), "language", "fr", "digest", "WEEKLY"));
        String session = Events.fresh("mail-session");
        Events.session(EventTypes.SESSION_SCHEDULED, session, body, "C34_SUBSTANTIVE",
                LocalDate.now(clock).plusDays(7)).send();
        MimeMessage briefing = Mailbox.of(address).await(1, m -> Mailbox.subject(m).startsWith("Note d'information: "), WAIT).get(0);
        Mails.assertWellFormed(briefing, address, "fr", true);
        assertThat(Mailbox.subject(briefing)).isEqualTo("Note d'information: Session " + session + " (" + LocalDate.now(clock).plusDays(7) + ")");
        assertThat(Mails.text(briefing)).contains("Session " + session, "New York", "Recommandations sur lesquelles cet organe peut agir");
        await().atMost(WAIT).untilAsserted(() -> Fixtures.deliveries(id).statusCode(200)
                .body("findAll { it.type == 'org.a4p.briefing.v1' }.status", org.hamcrest.Matchers.contains("DELIVERED")));
    }
}

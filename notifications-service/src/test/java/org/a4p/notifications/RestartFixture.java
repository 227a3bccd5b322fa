package org.a4p.notifications;

import org.a4p.testing.Tokens;
import io.restassured.path.json.JsonPath;
import org.a4p.events.EventTypes;
import org.a4p.notifications.service.BriefingService;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Restarting the service does not send a briefing again", checked across two application starts
 * whatever order the test classes run in: the first class (one start) gets the briefing delivered
 * once and leaves the subscription behind in system properties (the one store shared by Quarkus'
 * class loaders); the second class (another profile, so a restarted application, whose start-up
 * check runs at once) listens on the same address and must receive nothing.
 */
final class RestartFixture {

    private static final String CREATOR = "a4p.test.restart.creator";
    private static final String SUBSCRIPTION = "a4p.test.restart.subscription";
    private static final String EVENT_ID = "a4p.test.restart.event-id";
    private static final String PORT = "a4p.test.restart.port";
    private static final String SESSION = "a4p.test.restart.session";

    private RestartFixture() {
    }

    /**
     * The subscription follows a body of the MEMBER_STATES category, so status changes that other test classes
     * publish meanwhile may reach it too: only briefings count here.
     */
    private static final String BRIEFING = "org.a4p.briefing.v1";

    private static List<WebhookReceiver.Received> briefings(WebhookReceiver receiver) {
        return receiver.received().stream().filter(r -> BRIEFING.equals(r.type())).toList();
    }

    static void briefOnceAcrossRestart(String testClass, BriefingService checks) throws Exception {
        String creator = System.getProperty(CREATOR);
        if (creator == null || creator.equals(testClass)) {
            deliverOnce(testClass, checks);
        } else {
            notAgainAfterRestart(checks);
        }
    }

    private static void deliverOnce(String testClass, BriefingService checks) throws Exception {
        String body = Fixtures.memberStatesBody("C34_RESTART");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String sub = Fixtures.subscribe(Map.of("subscriber", "Mission of Restart", "channel", "WEBHOOK",
                    "target", receiver.url(), "bodies", List.of(body), "leadDays", List.of(7))).getString("id");
            String session = Events.fresh("restart");
            Events.session(EventTypes.SESSION_SCHEDULED, session, body, "C34_SUBSTANTIVE",
                    LocalDate.now(ZoneOffset.UTC).plusDays(7)).send();
            await().atMost(Duration.ofSeconds(30)).until(() -> briefings(receiver).size() == 1);
            BriefingChecks.awaitACheckAfterNow(checks);
            assertThat(BriefingChecks.deliveries(sub, session)).isEqualTo(1);
            assertThat(briefings(receiver)).hasSize(1);
            System.setProperty(SUBSCRIPTION, sub);
            System.setProperty(EVENT_ID, briefings(receiver).get(0).eventId());
            System.setProperty(PORT, String.valueOf(receiver.port()));
            System.setProperty(SESSION, session);
            System.setProperty(CREATOR, testClass);
        }
    }

    /**
     * The counter belongs to this (restarted) application: the checks it counts, start-up check included,
     * all ran after the restart.
     */
    private static void notAgainAfterRestart(BriefingService checks) throws Exception {
        String eventId = System.getProperty(EVENT_ID);
        try (WebhookReceiver receiver = WebhookReceiver.start(Integer.parseInt(System.getProperty(PORT)))) {
            BriefingChecks.awaitACheckAfterNow(checks);
            assertThat(BriefingChecks.deliveries(System.getProperty(SUBSCRIPTION), System.getProperty(SESSION))).isEqualTo(1);
            assertThat(briefings(receiver)).isEmpty();
            JsonPath deliveries = given().header("Authorization", Tokens.secretariat()).get("/subscriptions/" + System.getProperty(SUBSCRIPTION) + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            String briefing = "findAll { it.type == '" + BRIEFING + "' }";
            assertThat(deliveries.getList(briefing + ".eventId")).containsExactly(eventId);
            assertThat(deliveries.getList(briefing + ".status")).containsExactly("DELIVERED");
            assertThat(deliveries.getList(briefing + ".attemptCount")).containsExactly(1);
        }
    }
}

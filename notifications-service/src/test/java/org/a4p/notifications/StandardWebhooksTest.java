package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Our webhooks as a Standard Webhooks receiver checks them, with the specification's reference library for Java
 * ({@code com.standardwebhooks:standardwebhooks}) and the {@code whsec_} secret the subscription API hands out.
 */
@QuarkusTest
class StandardWebhooksTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ShiftableClock clock;

    @Test
    void aWebhookPassesTheReferenceVerifierAndATamperedOneDoesNot() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath sub = subscribeTo(receiver, "Mission Standard");
            String secret = sub.getString("secret");
            String whsec = sub.getString("standardWebhooksSecret");
            assertThat(whsec).isEqualTo("whsec_" + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.US_ASCII)));
            WebhookReceiver.Received hook = statusChangeReaching(receiver, sub);
            String body = new String(hook.body(), StandardCharsets.UTF_8);
            Webhook verifier = new Webhook(whsec);

            assertThatCode(() -> verifier.verify(body, hook.headers())).doesNotThrowAnyException();
            assertThat(hook.header("webhook-id")).isEqualTo(hook.eventId()).isNotBlank();
            assertThat(Long.parseLong(hook.header("webhook-timestamp"))).isCloseTo(hook.at().getEpochSecond(), within(5L));
            assertThat(hook.header("webhook-signature")).startsWith("v1,").doesNotContain(" ");
            // the X-A4P headers are as before, signed with the same key
            assertThat(hook.signature()).isEqualTo("sha256=" + StatusChangeWebhookTest.hmacHex(secret, hook.body()));
            assertThat(hook.header("X-A4P-Signature-Previous")).isNull();

            String tampered = body.replace("UNDER_CONSIDERATION", "IMPLEMENTED");
            assertThat(tampered).isNotEqualTo(body);
            assertThatThrownBy(() -> verifier.verify(tampered, hook.headers()))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No matching signature");
            String otherWhsec = subscribeTo(receiver, "Mission Other").getString("standardWebhooksSecret");
            assertThatThrownBy(() -> new Webhook(otherWhsec).verify(body, hook.headers()))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No matching signature");
        }
    }

    @Test
    void aReplayedWebhookIsRejectedByTheReferenceVerifier() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath sub = subscribeTo(receiver, "Mission Replayed");
            Webhook verifier = new Webhook(sub.getString("standardWebhooksSecret"));
            WebhookReceiver.Received hook;
            // a webhook signed ten minutes ago, as a replay of it arrives now (the library allows five minutes)
            try (var ignored = clock.shifted(Duration.ofMinutes(-10))) {
                hook = statusChangeReaching(receiver, sub);
            }
            String body = new String(hook.body(), StandardCharsets.UTF_8);
            long timestamp = Long.parseLong(hook.header("webhook-timestamp"));
            assertThat(timestamp).isCloseTo(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond(), within(10L));

            assertThatThrownBy(() -> verifier.verify(body, hook.headers()))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("too old");
            // it is genuinely signed: only its age is refused
            assertThat(hook.header("webhook-signature")).isEqualTo(verifier.sign(hook.header("webhook-id"), timestamp, body));
            // and a replay that claims to be recent no longer matches its signature
            Map<String, List<String>> refreshed = new LinkedHashMap<>(hook.headers());
            refreshed.keySet().removeIf(name -> name.equalsIgnoreCase("webhook-timestamp"));
            refreshed.put("webhook-timestamp", List.of(String.valueOf(Instant.now().getEpochSecond())));
            assertThatThrownBy(() -> verifier.verify(body, refreshed))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No matching signature");
        }
    }

    /** Subscribes {@code subscriber} to a new recommendation of its own. */
    static JsonPath subscribeTo(WebhookReceiver receiver, String subscriber) {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        return subscribe(Map.of("subscriber", subscriber, "channel", "WEBHOOK", "target", receiver.url(),
                "recommendations", List.of(n)));
    }

    static WebhookReceiver.Received statusChangeReaching(WebhookReceiver receiver, JsonPath sub) {
        return statusChangeReaching(receiver, sub, "PROPOSED", "UNDER_CONSIDERATION", 2);
    }

    /** Sends a status change of the recommendation {@code sub} is subscribed to and waits for its webhook. */
    static WebhookReceiver.Received statusChangeReaching(WebhookReceiver receiver, JsonPath sub, String from, String to,
                                                         long version) {
        Events.Sent event = Events.statusChanged(sub.getInt("recommendations[0]"), from, to, version).send();
        await().atMost(WAIT).until(() -> receiver.received(event.id()).size() == 1);
        return receiver.received(event.id()).get(0);
    }
}

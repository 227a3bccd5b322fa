package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The signing secret is stored AES-GCM encrypted, never as itself, and webhooks are still signed with it. */
@QuarkusTest
class SecretAtRestTest {

    @Test
    void theStoredSecretIsSealedAndWebhooksStillVerifyWithTheSecretShownOnce() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath sub = subscribeToRecommendation("Mission Sealed", receiver.url(), n);
            String secret = sub.getString("secret");
            String stored = (String) Sql.single("notifications", "SELECT secret FROM subscription WHERE id = ?",
                    UUID.fromString(sub.getString("id")));
            assertThat(stored).startsWith("v1:dev1:").doesNotContain(secret).isNotEqualTo(secret);

            Events.Sent event = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received(event.id()).size() == 1);
            WebhookReceiver.Received hook = receiver.received(event.id()).get(0);
            assertThat(hook.signature()).isEqualTo("sha256=" + StatusChangeWebhookTest.hmacHex(secret, hook.body()));
        }
    }
}

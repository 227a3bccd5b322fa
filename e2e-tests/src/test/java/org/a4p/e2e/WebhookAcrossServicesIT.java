package org.a4p.e2e;

import org.a4p.e2e.HookReceiver.Received;
import org.a4p.testing.Tokens;
import com.standardwebhooks.Webhook;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a delegation comes for, across all three services on one broker: a status change made through
 * the recommendations API reaches a subscribed receiver, signed with the subscription's secret.
 */
class WebhookAcrossServicesIT {

    private final RunningSystem system = RunningSystem.get();
    private HookReceiver receiver;
    private List<Received> received;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HookReceiver.start();
        received = receiver.received();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void statusChangeReachesSubscribedReceiverWithValidSignature() throws Exception {
        int number = 22;
        String target = receiver.url();
        String subscription = """
                {"subscriber":"Delegation of Sweden","channel":"WEBHOOK","target":"%s","recommendations":[%d]}
                """.formatted(target, number);
        // The notifications service validates filters against its read model, built from the events of
        // the recommendations service: wait until it knows recommendation 22.
        JsonPath created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(
                () -> given().baseUri(system.notifications.baseUrl()).header("Authorization", Tokens.delegation("Delegation of Sweden"))
                        .contentType(ContentType.JSON).body(subscription)
                        .post("/subscriptions"),
                r -> r.statusCode() == 201).jsonPath();
        String secret = created.getString("secret");
        assertThat(secret).isNotBlank();

        // written through another replica than the first: its relay wake-up, the consumer group of the notifications
        // replicas and their claims of deliveries all cross processes, and still one webhook comes
        String eventId = given().baseUri(system.last(system.recommendations).baseUrl()).contentType(ContentType.JSON)
                .header("Authorization", Tokens.secretariat("e2e-secretariat"))
                .body("{\"status\":\"UNDER_CONSIDERATION\",\"note\":\"Raised at the C-34\",\"evidenceUrl\":\"https://example.org/c34\"}")
                .post("/recommendations/{n}/status", number)
                .then().statusCode(200).extract().jsonPath().getString("status");
        assertThat(eventId).isEqualTo("UNDER_CONSIDERATION");

        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        Received hook = received.get(0);
        String signature = header(hook, "X-A4P-Signature");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(signature).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(hook.body())));
        assertThat(header(hook, "X-A4P-Event-Type")).isEqualTo("org.a4p.recommendation.status-changed.v1");
        assertThat(header(hook, "X-A4P-Event-Id")).isNotBlank();
        // the same webhook passes the Standard Webhooks reference verifier with the whsec_ form of the secret
        new Webhook(created.getString("standardWebhooksSecret")).verify(new String(hook.body(), StandardCharsets.UTF_8), hook.headers());
        assertThat(header(hook, "webhook-id")).isEqualTo(header(hook, "X-A4P-Event-Id"));

        JsonPath body = JsonPath.from(new String(hook.body(), StandardCharsets.UTF_8));
        assertThat(body.getInt("recommendation.number")).isEqualTo(number);
        assertThat(body.getString("previousStatus")).isEqualTo("PROPOSED");
        assertThat(body.getString("newStatus")).isEqualTo("UNDER_CONSIDERATION");
        assertThat(body.getString("note")).isEqualTo("Raised at the C-34");
        assertThat(body.getString("evidenceUrl")).isEqualTo("https://example.org/c34");
        assertThat(body.getString("changedBy")).isEqualTo("e2e-secretariat");
        assertThat(body.getString("eventId")).isEqualTo(header(hook, "X-A4P-Event-Id"));

        // exactly one webhook for one change, from whichever notifications replica claimed it
        Thread.sleep(1_000);
        assertThat(received).hasSize(1);
    }

    private static String header(Received r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}

package org.a4p.notifications;

import org.a4p.testing.ShiftableClock;

import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.a4p.notifications.service.SubscriptionService;
import org.a4p.testing.Tokens;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.a4p.notifications.StandardWebhooksTest.statusChangeReaching;
import static org.a4p.notifications.StandardWebhooksTest.subscribeTo;
import static org.a4p.notifications.StatusChangeWebhookTest.hmacHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code POST /subscriptions/{id}/secret}: a new secret, answered once; for 24 hours (the service's clock) webhooks
 * are signed with the new and the replaced secret, then with the new one only; only the owner may rotate.
 */
@QuarkusTest
class SecretRotationTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ShiftableClock clock;

    @Test
    void bothSecretsVerifyDuringTheOverlapAndOnlyTheNewOneAfterIt() throws Exception {
        String owner = "Mission Rotating";
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath sub = subscribeTo(receiver, owner);
            String id = sub.getString("id");
            String oldSecret = sub.getString("secret");
            String oldWhsec = sub.getString("standardWebhooksSecret");

            ExtractableResponse<Response> rotated = rotate(given().header("Authorization", Tokens.delegation(owner)), id)
                    .statusCode(200).header("Cache-Control", "no-store").extract();
            String newSecret = rotated.path("secret");
            String newWhsec = rotated.path("standardWebhooksSecret");
            assertThat(newSecret).hasSize(64).isNotEqualTo(oldSecret);
            assertThat(newWhsec).isEqualTo("whsec_" + Base64.getEncoder().encodeToString(newSecret.getBytes(StandardCharsets.US_ASCII)));
            assertThat(OffsetDateTime.parse(rotated.path("previousSecretValidUntil")))
                    .isEqualTo(OffsetDateTime.parse(rotated.path("secretRotatedAt")).plus(SubscriptionService.SECRET_OVERLAP));
            given().header("Authorization", Tokens.delegation(owner)).get("/subscriptions/" + id).then().statusCode(200)
                    .body("secret", nullValue()).body("standardWebhooksSecret", nullValue())
                    .body("previousSecretValidUntil", notNullValue());
            String previousStored = (String) Sql.single("notifications", "SELECT previous_secret FROM subscription WHERE id = ?", UUID.fromString(id));
            assertThat(previousStored).startsWith("v1:dev1:").doesNotContain(oldSecret);
            assertThat(Sql.single("notifications", "SELECT secret_rotated_by FROM subscription WHERE id = ?", UUID.fromString(id)))
                    .isEqualTo("officer@mission-rotating.test");

            WebhookReceiver.Received during = statusChangeReaching(receiver, sub);
            String body = new String(during.body(), StandardCharsets.UTF_8);
            assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
            assertThatCode(() -> new Webhook(newWhsec).verify(body, during.headers())).doesNotThrowAnyException();
            assertThatCode(() -> new Webhook(oldWhsec).verify(body, during.headers())).doesNotThrowAnyException();
            assertThat(during.signature()).isEqualTo("sha256=" + hmacHex(newSecret, during.body()));
            assertThat(during.header("X-A4P-Signature-Previous")).isEqualTo("sha256=" + hmacHex(oldSecret, during.body()));

            WebhookReceiver.Received after;
            try (var ignored = clock.shifted(SubscriptionService.SECRET_OVERLAP.plusMinutes(1))) {
                after = statusChangeReaching(receiver, sub, "UNDER_CONSIDERATION", "ACCEPTED", 3);
            }
            String afterBody = new String(after.body(), StandardCharsets.UTF_8);
            long timestamp = Long.parseLong(after.header("webhook-timestamp"));
            // stamped by the service's clock, a day ahead, which the library's tolerance of the real clock would
            // refuse by itself: compare with what the library signs for that id and timestamp instead
            assertThat(timestamp).isCloseTo(Instant.now().plus(SubscriptionService.SECRET_OVERLAP).getEpochSecond(), within(120L));
            String webhookId = after.header("webhook-id");
            assertThat(after.header("webhook-signature")).isEqualTo(new Webhook(newWhsec).sign(webhookId, timestamp, afterBody))
                    .doesNotContain(new Webhook(oldWhsec).sign(webhookId, timestamp, afterBody).substring("v1,".length()));
            assertThat(after.signature()).isEqualTo("sha256=" + hmacHex(newSecret, after.body()));
            assertThat(after.header("X-A4P-Signature-Previous")).isNull();
        }
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameRotationInsteadOfRotatingTwice() {
        String owner = "Mission Retrying";
        String id = SecurityTest.subscribe(owner);
        RequestSpecification asOwner = given().header("Authorization", Tokens.delegation(owner));
        String key = UUID.randomUUID().toString();
        JsonPath first = rotate(given().header("Authorization", Tokens.delegation(owner)).header("Idempotency-Key", key), id)
                .statusCode(200).extract().jsonPath();
        Object[] stored = storedSecrets(id);
        JsonPath again = rotate(given().header("Authorization", Tokens.delegation(owner)).header("Idempotency-Key", key), id)
                .statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
        assertThat(again.getString("secret")).isEqualTo(first.getString("secret"));
        assertThat(again.getString("standardWebhooksSecret")).isEqualTo(first.getString("standardWebhooksSecret"));
        assertThat(again.getString("secretRotatedAt")).isEqualTo(first.getString("secretRotatedAt"));
        assertThat(storedSecrets(id)).isEqualTo(stored);

        String other = rotate(given().header("Authorization", Tokens.delegation(owner)).header("Idempotency-Key", key + "-2"), id)
                .statusCode(200).extract().path("secret");
        String withoutKey = rotate(asOwner, id).statusCode(200).extract().path("secret");
        assertThat(other).isNotEqualTo(first.getString("secret"));
        assertThat(withoutKey).isNotEqualTo(other);

        for (String bad : new String[]{"a b", "x".repeat(201), "caf\u00e9", "tab\tkey"}) {
            rotate(given().header("Authorization", Tokens.delegation(owner)).header("Idempotency-Key", bad), id)
                    .statusCode(400).contentType(PROBLEM).body(containsString("Idempotency-Key"));
        }
    }

    @Test
    void onlyTheOwningDelegationRotatesItsSecret() {
        String owner = "Mission Owning";
        String id = SecurityTest.subscribe(owner);
        Object[] stored = storedSecrets(id);
        String missing = UUID.randomUUID().toString();

        String notFound = rotate(given().header("Authorization", Tokens.delegation(owner)), missing)
                .statusCode(404).contentType(PROBLEM).extract().path("title");
        rotate(given().header("Authorization", Tokens.delegation("Mission Intruding")), id)
                .statusCode(404).contentType(PROBLEM).body("title", equalTo(notFound))
                .body("detail", equalTo("no subscription " + id)).body("secret", nullValue());
        rotate(given().header("Authorization", Tokens.secretariat()), id).statusCode(403).contentType(PROBLEM)
                .body("secret", nullValue());
        rotate(given(), id).statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
        rotate(given().header("Authorization", Tokens.expired()), id).statusCode(401).contentType(PROBLEM);

        assertThat(storedSecrets(id)).isEqualTo(stored);
        assertThat(stored[1]).isNull();
    }

    private static io.restassured.response.ValidatableResponse rotate(RequestSpecification request, String id) {
        return request.when().post("/subscriptions/" + id + "/secret").then();
    }

    private static Object[] storedSecrets(String id) {
        UUID uuid = UUID.fromString(id);
        return new Object[]{Sql.single("notifications", "SELECT secret FROM subscription WHERE id = ?", uuid),
                Sql.single("notifications", "SELECT previous_secret FROM subscription WHERE id = ?", uuid)};
    }
}

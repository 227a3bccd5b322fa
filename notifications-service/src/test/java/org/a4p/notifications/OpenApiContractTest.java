package org.a4p.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The promises every document keeps for generated clients (issue 11), and this service's own: feed and webhooks. */
@QuarkusTest
class OpenApiContractTest extends org.a4p.testing.ClientContractTest {

    private static final String REF = "#/components/schemas/";

    @Test
    void aFeedPayloadTellsItsTypeByDiscriminatorAndEachVariantRequiresIt() {
        JsonNode schemas = servedDocument().path("components").path("schemas");
        JsonNode payload = schemas.path("FeedItem").path("properties").path("payload");
        assertThat(payload.path("discriminator").path("propertyName").asText()).isEqualTo("type");
        JsonNode mapping = payload.path("discriminator").path("mapping");
        assertThat(mapping.path("org.a4p.recommendation.status-changed.v1").asText()).isEqualTo(REF + "StatusChangeNotification");
        assertThat(mapping.path("org.a4p.briefing.v1").asText()).isEqualTo(REF + "BriefingNotification");
        for (JsonNode variant : payload.path("oneOf")) {
            JsonNode schema = schemas.path(variant.path("$ref").asText().substring(REF.length()));
            assertThat(schema.path("required").toString()).as(variant.toString()).contains("\"type\"", "\"eventId\"");
            assertThat(schema.path("properties").path("type").path("enum").size()).as(variant.toString()).isEqualTo(1);
        }
        assertThat(schemas.path("StatusChangeNotification").path("required").toString()).contains("\"newStatus\"");
    }

    @Test
    void whatMayBeNullIsDeclaredNullable() {
        JsonNode schemas = servedDocument().path("components").path("schemas");
        for (String field : List.of("nextAttemptAt", "lastHttpStatus", "lastError")) {
            assertThat(schemas.path("Delivery").path("properties").path(field).path("type").toString()).as(field).contains("\"null\"");
        }
        for (String field : List.of("httpStatus", "error")) {
            assertThat(schemas.path("DeliveryAttempt").path("properties").path(field).path("type").toString()).as(field).contains("\"null\"");
        }
        assertThat(schemas.path("StatusChangeNotification").path("properties").path("evidenceUrl").path("type").toString()).contains("\"null\"");
        assertThat(schemas.path("BriefingChange").path("properties").path("evidenceUrl").path("type").toString()).contains("\"null\"");
    }

    @Test
    void theDeliveryIdIsAStringOfDigitsInTheAnswerAndThePath() {
        JsonNode schemas = servedDocument().path("components").path("schemas");
        assertThat(schemas.path("Delivery").path("properties").path("id").path("type").asText()).isEqualTo("string");
        JsonNode retry = servedDocument().path("paths").path("/subscriptions/{id}/deliveries/{deliveryId}/retry").path("post");
        assertThat(retry.path("parameters").path(1).path("name").asText()).isEqualTo("deliveryId");
        assertThat(retry.path("parameters").path(1).path("schema").path("type").asText()).isEqualTo("string");
    }

    @Test
    void theWebhooksAreDescribedWithTheirBodiesAndSignatureHeaders() {
        JsonNode webhooks = servedDocument().path("webhooks");
        assertThat(webhooks.path("statusChanged").path("post").path("requestBody").path("content").path("application/json")
                .path("schema").path("$ref").asText()).isEqualTo(REF + "StatusChangeNotification");
        assertThat(webhooks.path("briefing").path("post").path("requestBody").path("content").path("application/json")
                .path("schema").path("$ref").asText()).isEqualTo(REF + "BriefingNotification");
        List<String> headers = new java.util.ArrayList<>();
        webhooks.path("statusChanged").path("post").path("parameters").forEach(p -> headers.add(p.path("name").asText()));
        assertThat(headers).contains("X-A4P-Event-Id", "X-A4P-Event-Type", "X-A4P-Signature",
                "webhook-id", "webhook-timestamp", "webhook-signature", "traceparent");
    }

    @Test
    void theSecretSaysHowTheSigningKeyIsDerived() {
        assertThat(servedDocument().path("components").path("schemas").path("Subscription").path("properties").path("secret")
                .path("description").asText()).contains("ASCII bytes");
    }
}

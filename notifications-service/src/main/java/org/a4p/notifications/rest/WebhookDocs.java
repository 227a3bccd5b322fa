package org.a4p.notifications.rest;

import org.a4p.events.EventTypes;
import org.a4p.notifications.api.Briefing;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The {@code webhooks} of the notifications document (OpenAPI 3.1): what a subscription's target receives, body and
 * headers, as the sender ({@code service.DeliverySender}) sends it. Both signatures are described: the original
 * {@code X-A4P-Signature} and the Standard Webhooks headers of system.md "Webhooks, version 2".
 */
final class WebhookDocs {

    static final String TAG = "Webhooks";

    private WebhookDocs() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.addTag(OASFactory.createTag().name(TAG).description("What a subscription's target receives: an HTTP POST "
                + "of JSON per notification, signed with the subscription's secret"));
        openAPI.addWebhook("statusChanged", OASFactory.createPathItem().POST(webhook("statusChangedWebhook",
                "A matching recommendation changed its status", EventTypes.RECOMMENDATION_STATUS_CHANGED,
                NotificationSchemas.STATUS_CHANGE)));
        openAPI.addWebhook("positionChanged", OASFactory.createPathItem().POST(webhook("positionChangedWebhook",
                "A followed addressee's (or a matching recommendation's) position was set or removed",
                EventTypes.RECOMMENDATION_POSITION_CHANGED, NotificationSchemas.POSITION_CHANGE)));
        openAPI.addWebhook("briefing", OASFactory.createPathItem().POST(webhook("briefingWebhook",
                "A session of a followed body starts in leadDays days: the pre-session briefing", Briefing.TYPE,
                NotificationSchemas.BRIEFING_NOTIFICATION)));
    }

    private static Operation webhook(String operationId, String summary, String type, String schema) {
        return OASFactory.createOperation().operationId(operationId).summary(summary).addTag(TAG)
                .description("Sent to the subscription's target. The same notification can arrive more than once (a "
                        + "retry after a lost answer): treat X-A4P-Event-Id (= webhook-id) as the idempotency key. Verify a "
                        + "signature over the raw body bytes before parsing them.")
                .addParameter(header("X-A4P-Event-Id", "The notification id; the same on every retry of it", null))
                .addParameter(header("X-A4P-Event-Type", "The notification type", type))
                .addParameter(header("X-A4P-Signature", "sha256=<lowercase hex HMAC-SHA256 of the raw body>, keyed with the "
                        + "ASCII bytes of the subscription's 64-hex-character secret as written (see Subscription.secret)", null)
                        .schema(text().pattern("^sha256=[0-9a-f]{64}$")))
                .addParameter(header("webhook-id", "Standard Webhooks message id: the notification id, as X-A4P-Event-Id", null))
                .addParameter(header("webhook-timestamp", "Standard Webhooks: when this attempt was signed, in seconds since "
                        + "the Unix epoch; refuse one too far from your clock (a replay)", null)
                        .schema(text().pattern("^[0-9]{1,12}$")))
                .addParameter(header("webhook-signature", "Standard Webhooks: space-separated 'v1,<base64 HMAC-SHA256 of "
                        + "\"{webhook-id}.{webhook-timestamp}.{raw body}\">' signatures, keyed with the secret in its whsec_ "
                        + "form (the base64 after whsec_, decoded); for 24 h after POST /subscriptions/{id}/secret one per "
                        + "valid secret. Accept the request if any of them verifies.", null))
                .addParameter(header("traceparent", "W3C Trace Context (https://www.w3.org/TR/trace-context/): the trace "
                        + "of the change that caused this notification (for a status change, the request that made it), "
                        + "continued by this attempt; each attempt has its own parent-id. Absent only when tracing is "
                        + "switched off in the service.", null).required(false)
                        .schema(text().pattern("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(NotificationSchemas.REF + schema)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("2XX", OASFactory.createAPIResponse().description("Received: the delivery is DELIVERED"))
                        .addAPIResponse("default", OASFactory.createAPIResponse().description("Not received: 408, 429, 5xx, "
                                + "a timeout or a connection error are retried with backoff; any other answer ends the "
                                + "delivery as FAILED (POST /subscriptions/{id}/deliveries/{deliveryId}/retry sends it again)")));
    }

    private static Parameter header(String name, String description, String value) {
        Schema schema = text();
        if (value != null) {
            schema.addEnumeration(value);
        }
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(schema);
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(1000);
    }
}

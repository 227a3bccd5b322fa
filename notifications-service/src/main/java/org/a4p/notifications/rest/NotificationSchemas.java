package org.a4p.notifications.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.a4p.events.EventTypes;
import org.a4p.notifications.api.Briefing;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notification bodies as a typed client must read them. A feed item's {@code payload} is one of the webhook
 * bodies, told apart by their {@code type} (a {@code oneOf} with a discriminator; each variant requires its fields),
 * and the webhooks themselves are described under {@code webhooks} ({@link WebhookDocs}). The briefing a webhook
 * carries is {@value #BRIEFING_NOTIFICATION}: the on-demand {@code Briefing} with eventId, type and leadDays required.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NotificationSchemas implements OASFilter {

    static final String STATUS_CHANGE = "StatusChangeNotification";
    static final String BRIEFING_NOTIFICATION = "BriefingNotification";
    static final String POSITION_CHANGE = "PositionChangeNotification";
    static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema briefing = schemas.get("Briefing");
        openAPI.getComponents().addSchema(BRIEFING_NOTIFICATION, briefingNotification(briefing));
        schemas.get("FeedItem").addProperty("payload", payload());
        WebhookDocs.addTo(openAPI);
    }

    private static Schema briefingNotification(Schema briefing) {
        Map<String, Schema> properties = new LinkedHashMap<>(briefing.getProperties());
        properties.put("eventId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("Deterministic id of (session, startsOn, leadDays); the X-A4P-Event-Id"));
        properties.put("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration(Briefing.TYPE)
                .description("What this notification is (the discriminator of a feed payload)"));
        List<String> required = new ArrayList<>(List.of("eventId", "type", "leadDays"));
        if (briefing.getRequired() != null) {
            required.addAll(briefing.getRequired());
        }
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Body of an " + Briefing.TYPE + " webhook: a pre-session briefing sent leadDays before a "
                        + "session of a body the subscription follows")
                .properties(properties).required(required);
    }

    static Schema payload() {
        return OASFactory.createSchema().description("Exactly the JSON body of the webhook; its type tells which")
                .addOneOf(OASFactory.createSchema().ref(REF + STATUS_CHANGE))
                .addOneOf(OASFactory.createSchema().ref(REF + BRIEFING_NOTIFICATION))
                .addOneOf(OASFactory.createSchema().ref(REF + POSITION_CHANGE))
                .discriminator(OASFactory.createDiscriminator().propertyName("type")
                        .addMapping(EventTypes.RECOMMENDATION_STATUS_CHANGED, REF + STATUS_CHANGE)
                        .addMapping(Briefing.TYPE, REF + BRIEFING_NOTIFICATION)
                        .addMapping(EventTypes.RECOMMENDATION_POSITION_CHANGED, REF + POSITION_CHANGE));
    }
}

package org.a4p.notifications.api;

import org.a4p.events.EventTypes;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Feed", description = "A page of a subscription's notifications, oldest first")
public record Feed(List<Item> items,
                   @Schema(description = "Pass as `after` to continue; equals the request's cursor when there is nothing new") String nextCursor) {

    @Schema(name = "FeedItem")
    public record Item(String cursor, String eventId, String type, OffsetDateTime createdAt,
                       // the discriminator lets a generated client read each payload as its own type (both have a type member)
                       @Schema(oneOf = {StatusChangeNotification.class, Briefing.class}, description = "Exactly the JSON body of the webhook",
                               discriminatorProperty = "type", discriminatorMapping = {
                                       @DiscriminatorMapping(value = EventTypes.RECOMMENDATION_STATUS_CHANGED, schema = StatusChangeNotification.class),
                                       @DiscriminatorMapping(value = Briefing.TYPE, schema = Briefing.class)}) Object payload) {
    }
}

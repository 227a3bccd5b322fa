package org.a4p.notifications.api;

import org.a4p.events.EventTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Feed", description = "A page of a subscription's notifications, oldest first")
public record Feed(List<Item> items,
                   @Schema(description = "Pass as `after` to continue; equals the request's cursor when there is nothing new") String nextCursor) {

    /** {@code payload}'s schema (a oneOf with a discriminator on {@code type}) is set by {@code rest.NotificationSchemas}. */
    @Schema(name = "FeedItem")
    public record Item(@Schema(description = "This item's position; pass it as `after` to read what follows") String cursor,
                       @Schema(description = "The notification id, the X-A4P-Event-Id of its webhook") String eventId,
                       @Schema(enumeration = {EventTypes.RECOMMENDATION_STATUS_CHANGED, Briefing.TYPE,
                               EventTypes.RECOMMENDATION_POSITION_CHANGED}) String type,
                       OffsetDateTime createdAt,
                       @Schema(description = "Exactly the JSON body of the webhook") Object payload) {
    }
}

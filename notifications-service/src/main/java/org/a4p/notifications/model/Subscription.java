package org.a4p.notifications.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription as shown to its owner. {@code secret} is present only in the answer to its creation. */
@Schema(name = "Subscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        UUID id,
        String subscriber,
        Channel channel,
        String target,
        List<Integer> recommendations,
        List<String> areas,
        List<String> stakeholders,
        List<String> bodies,
        List<Integer> leadDays,
        OffsetDateTime createdAt,
        @Schema(description = "HMAC-SHA256 signing key (64 hex characters). Returned once, in the answer to POST /subscriptions; never shown again.")
        String secret) {

    public Subscription withoutSecret() {
        return new Subscription(id, subscriber, channel, target, recommendations, areas, stakeholders, bodies, leadDays,
                createdAt, null);
    }

    /** Never print the secret, even by accident in a log line. */
    @Override
    public String toString() {
        return "Subscription[" + id + ", " + subscriber + "]";
    }
}

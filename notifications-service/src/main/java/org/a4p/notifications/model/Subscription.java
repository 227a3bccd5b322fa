package org.a4p.notifications.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.a4p.events.AreaCode;
import org.a4p.events.StakeholderCategory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription as shown to its owner. {@code secret} is present only in the answer to its creation. */
@Schema(name = "Subscription", requiredProperties = {"id", "subscriber", "channel", "target", "recommendations", "areas",
        "stakeholders", "bodies", "leadDays", "createdAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        UUID id,
        String subscriber,
        Channel channel,
        String target,
        List<Integer> recommendations,
        @Schema(description = "Area of Commitment codes", type = SchemaType.ARRAY, implementation = AreaCode.class) List<String> areas,
        @Schema(description = "Stakeholder categories", type = SchemaType.ARRAY, implementation = StakeholderCategory.class)
        List<String> stakeholders,
        List<String> bodies,
        List<Integer> leadDays,
        OffsetDateTime createdAt,
        @Schema(description = "The webhook signing secret: 64 lowercase hex characters. The HMAC-SHA256 key of "
                + "X-A4P-Signature is the ASCII bytes of this 64-character string as written (64 bytes), not the 32 bytes "
                + "it spells in hex. Returned once, in the answer to POST /subscriptions; never shown again.",
                pattern = "^[0-9a-f]{64}$", minLength = 64, maxLength = 64)
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

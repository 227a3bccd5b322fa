package org.a4p.notifications.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.a4p.events.AreaCode;
import org.a4p.events.DigestFrequency;
import org.a4p.events.Language;
import org.a4p.events.StakeholderCategory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription as shown to its owner. Its secret is present only in the answer to its creation or rotation. */
@Schema(name = "Subscription", requiredProperties = {"id", "subscriber", "channel", "target", "recommendations", "areas",
        "stakeholders", "bodies", "leadDays", "createdAt", "language", "digest", "confirmed"})
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
        @Schema(description = "The webhook signing secret: 64 lowercase hex characters. The HMAC-SHA256 key is the "
                + "64 ASCII bytes of this string as written (not the 32 bytes the hex spells). X-A4P-Signature is "
                + "sha256=<hex HMAC of the raw body> with that key. Returned once, in the answer to POST /subscriptions "
                + "or to POST /subscriptions/{id}/secret; never shown again.",
                pattern = "^[0-9a-f]{64}$", minLength = 64, maxLength = 64)
        String secret,
        @Schema(description = "The same secret in the Standard Webhooks form: whsec_ followed by the base64 of the "
                + "same 64 key bytes (so the key of both signature schemes is identical). Verifies webhook-signature "
                + "(v1,<base64 HMAC-SHA256 of \"webhook-id.webhook-timestamp.body\">) with any Standard Webhooks "
                + "library. Returned only together with secret.")
        String standardWebhooksSecret,
        @Schema(description = "When the secret was last rotated; absent if never.")
        OffsetDateTime secretRotatedAt,
        @Schema(description = "Until when webhooks are also signed with the secret replaced by the last rotation "
                + "(24 hours after it); absent if never rotated.")
        OffsetDateTime previousSecretValidUntil,
        @Schema(description = "The language of the fixed texts of this subscription's mails", implementation = Language.class)
        Language language,
        @Schema(description = "NONE: each alert at once; DAILY or WEEKLY: one mail per UTC day or ISO week (Monday to "
                + "Monday, UTC) listing what matched, none for an empty period (e-mail only)",
                implementation = DigestFrequency.class)
        DigestFrequency digest,
        @Schema(description = "False for an e-mail subscription until the link of its confirmation mail was used; "
                + "nothing is sent to it before. Always true for a webhook subscription.")
        boolean confirmed) {

    public Subscription withoutSecret() {
        return withSecret(null, null);
    }

    public Subscription withSecret(String secret, String standardWebhooksSecret) {
        return new Subscription(id, subscriber, channel, target, recommendations, areas, stakeholders, bodies, leadDays,
                createdAt, secret, standardWebhooksSecret, secretRotatedAt, previousSecretValidUntil, language, digest, confirmed);
    }

    /** Never print the secret, even by accident in a log line. */
    @Override
    public String toString() {
        return "Subscription[" + id + ", " + subscriber + "]";
    }
}

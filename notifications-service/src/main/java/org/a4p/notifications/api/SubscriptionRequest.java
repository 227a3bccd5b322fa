package org.a4p.notifications.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.a4p.events.AreaCode;
import org.a4p.events.DigestFrequency;
import org.a4p.events.Language;
import org.a4p.events.StakeholderCategory;
import org.a4p.notifications.model.Channel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a delegation asks to be told about. With no filter at all, it is told about everything. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The delegation's name", examples = "Permanent Mission of Ghana", required = true)
        String subscriber,
        @Schema(description = "How notifications reach the subscriber; WEBHOOK when absent. An EMAIL subscription "
                + "receives nothing until confirmed through the link of the confirmation mail sent to target (valid 48 h).",
                defaultValue = "WEBHOOK") Channel channel,
        @NotBlank @Size(max = 2000) @Schema(description = "WEBHOOK: the absolute http(s) URL that receives the webhooks; "
                + "EMAIL: the e-mail address (at most 254 characters)",
                examples = "https://mission.example.org/a4p/hooks", required = true)
        String target,
        @Size(max = 100) @Schema(description = "Recommendation numbers", examples = "[3, 12]")
        List<@NotNull Integer> recommendations,
        @Size(max = 8) @Schema(description = "Area of Commitment codes", examples = "[\"PROTECTION\"]", type = SchemaType.ARRAY,
                implementation = AreaCode.class)
        List<@NotNull @Size(max = 100) String> areas,
        @Size(max = 5) @Schema(description = "Stakeholder categories", examples = "[\"MEMBER_STATES\"]", type = SchemaType.ARRAY,
                implementation = StakeholderCategory.class)
        List<@NotNull @Size(max = 100) String> stakeholders,
        @Size(max = 100) @Schema(description = "Body codes (e.g. C34); a body matches recommendations of its category and its sessions", examples = "[\"C34\"]")
        List<@NotNull @Size(max = 100) String> bodies,
        @Size(max = 10) @Schema(description = "Days before a followed body's session to send a briefing (distinct, 0..365)", examples = "[30, 7, 1]")
        List<@NotNull @Min(0) @Max(365) Integer> leadDays,
        @Schema(description = "The language of the fixed texts of the mails (EMAIL); en when absent",
                implementation = Language.class, defaultValue = "en") Language language,
        @Schema(description = "EMAIL only: NONE (each alert at once, the default), DAILY or WEEKLY (one mail per UTC "
                + "day or ISO week listing what matched; none for an empty period). Briefings always go at once.",
                implementation = DigestFrequency.class, defaultValue = "NONE") DigestFrequency digest) {

    public Language languageOrDefault() {
        return language == null ? Language.en : language;
    }

    public DigestFrequency digestOrDefault() {
        return digest == null ? DigestFrequency.NONE : digest;
    }

    public Channel channelOrDefault() {
        return channel == null ? Channel.WEBHOOK : channel;
    }

    public List<Integer> recommendationsOrEmpty() {
        return recommendations == null ? List.of() : recommendations;
    }

    public List<String> areasOrEmpty() {
        return areas == null ? List.of() : areas;
    }

    public List<String> stakeholdersOrEmpty() {
        return stakeholders == null ? List.of() : stakeholders;
    }

    public List<String> bodiesOrEmpty() {
        return bodies == null ? List.of() : bodies;
    }

    public List<Integer> leadDaysOrEmpty() {
        return leadDays == null ? List.of() : leadDays;
    }
}

package org.a4p.notifications.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pre-session briefing: the session, the category that can act there, the recommendations that
 * category can act on with their current status, and the transitions since the previous session of
 * the same body. As a webhook ({@value #TYPE}) it also carries eventId, type and leadDays; on demand
 * ({@code GET /briefings}) those are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Briefing")
public record Briefing(
        @Schema(description = "Webhook only: deterministic id of (session, startsOn, leadDays); the X-A4P-Event-Id") String eventId,
        @Schema(description = "Webhook only", examples = TYPE) String type,
        @Schema(description = "Webhook only: the subscription lead time (days before startsOn) this briefing is for") Integer leadDays,
        SessionInfo session,
        @Schema(description = "The stakeholder category that acts through this body", examples = "MEMBER_STATES") String category,
        @Schema(description = "Start of the previous session of the same body, if any") LocalDate previousSessionStartsOn,
        List<Item> recommendations,
        List<Change> changesSincePreviousSession,
        OffsetDateTime generatedAt) {

    public static final String TYPE = "org.a4p.briefing.v1";

    @Schema(name = "BriefingSession")
    public record SessionInfo(String id, String body, String title, String kind, LocalDate startsOn, LocalDate endsOn,
                              String location, boolean tentative) {
    }

    @Schema(name = "BriefingRecommendation")
    public record Item(int number, String area, String text, String status, String link) {
    }

    @Schema(name = "BriefingChange")
    public record Change(int number, String from, String to, OffsetDateTime at, String by, String note, String evidenceUrl) {
    }

    public Briefing asWebhook(String id, int days) {
        return new Briefing(id, TYPE, days, session, category, previousSessionStartsOn, recommendations,
                changesSincePreviousSession, generatedAt);
    }
}

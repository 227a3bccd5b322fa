package org.a4p.notifications.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.a4p.events.AreaCode;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.SessionOutcome;
import org.a4p.events.StakeholderCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pre-session briefing: the session, the category that can act there, how the body's previous session ended, the
 * recommendations that category can act on with their status and the body's own position, and the transitions since
 * the previous session of the same body. For a session still ahead that is the present; for one that has started it is
 * what was true at its start ({@code asOf}), so a briefing read later says what the delegates knew then. As a webhook ({@value #TYPE}) it also carries eventId, type and leadDays; on demand
 * ({@code GET /briefings}) those are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Briefing", description = "A pre-session briefing as GET /briefings answers it (the webhook and the feed "
        + "carry it as BriefingNotification, with eventId, type and leadDays)",
        requiredProperties = {"session", "recommendations", "changesSincePreviousSession", "generatedAt"})
public record Briefing(
        @Schema(description = "Webhook only: deterministic id of (session, startsOn, leadDays); the X-A4P-Event-Id") String eventId,
        @Schema(description = "Webhook only: what this notification is (the discriminator of a feed payload)", enumeration = TYPE) String type,
        @Schema(description = "Webhook only: the subscription lead time (days before startsOn) this briefing is for",
                minimum = "0", maximum = "365") Integer leadDays,
        SessionInfo session,
        @Schema(description = "The stakeholder category that acts through this body; absent when the body is not known",
                implementation = StakeholderCategory.class) String category,
        @Schema(description = "Start of the previous session of the same body; absent if there is none") LocalDate previousSessionStartsOn,
        @Schema(description = "How the previous session of the same body ended, as the secretariat recorded it; absent when "
                + "there is no previous session or no outcome was recorded") PreviousOutcome previousSessionOutcome,
        @Schema(description = "Only for a session that has started: its first day at 00:00 UTC, the moment the statuses, "
                + "positions and changes are given as of (changes from the previous session's start up to this moment). "
                + "Absent for a session still ahead: everything is as it is now.") OffsetDateTime asOf,
        List<Item> recommendations,
        List<Change> changesSincePreviousSession,
        OffsetDateTime generatedAt) {

    public static final String TYPE = "org.a4p.briefing.v1";

    @Schema(name = "BriefingSession")
    public record SessionInfo(String id, @Schema(description = "Stakeholder code of the body that meets", examples = "C34") String body,
                              String title,
                              @Schema(nullable = true, description = "The session kind (stakeholders-service), e.g. C34_SUBSTANTIVE") String kind,
                              LocalDate startsOn, LocalDate endsOn, @Schema(nullable = true) String location, boolean tentative) {
    }

    @Schema(name = "BriefingPreviousOutcome", description = "How the previous session of the body ended",
            requiredProperties = {"sessionId", "title", "startsOn", "outcome", "recordedAt", "summary"})
    public record PreviousOutcome(@Schema(examples = "c34-2025") String sessionId,
                                  @Schema(examples = "C-34 substantive session 2025") String title,
                                  LocalDate startsOn,
                                  @Schema(implementation = SessionOutcome.class) String outcome,
                                  @Schema(nullable = true, description = "UN document symbol (the adopted report's for REPORT_ADOPTED)",
                                          examples = "A/79/19") String documentSymbol,
                                  @Schema(nullable = true) String note,
                                  OffsetDateTime recordedAt,
                                  @Schema(description = "One English sentence for people",
                                          examples = "C-34 substantive session 2025 (2025-02-18) adopted no substantive report.")
                                  String summary) {
    }

    @Schema(name = "BriefingRecommendation")
    public record Item(int number, @Schema(implementation = AreaCode.class) String area,
                       @Schema(nullable = true, description = "The report's name of the area; null until the recommendation's "
                               + "next upsert event carries it", examples = "Politics") String areaName,
                       String text,
                       @Schema(implementation = RecommendationStatus.class, description = "The status (as of asOf when present)") String status,
                       @Schema(description = "Absolute URL of the recommendation in recommendations-service") String link,
                       @Schema(nullable = true, description = "The meeting body's own position on it: the body's if one was "
                               + "recorded, else its category's (as of asOf when present); null when that position was removed")
                       OwnPosition position) {
    }

    @Schema(name = "BriefingPosition", description = "An addressee's acceptance and implementation of a recommendation")
    public record OwnPosition(@Schema(description = "The body or category whose position it is", examples = "C34") String stakeholder,
                              @Schema(implementation = PositionAcceptance.class) String acceptance,
                              @Schema(implementation = PositionImplementation.class) String implementation,
                              @Schema(nullable = true) String note,
                              @Schema(nullable = true, description = "When it was last set; null for the initial position") OffsetDateTime changedAt) {
    }

    @Schema(name = "BriefingChange")
    public record Change(int number, @Schema(implementation = RecommendationStatus.class) String from,
                         @Schema(implementation = RecommendationStatus.class) String to, OffsetDateTime at, String by,
                         @Schema(nullable = true) String note, @Schema(nullable = true) String evidenceUrl) {
    }

    public Briefing asWebhook(String id, int days) {
        return new Briefing(id, TYPE, days, session, category, previousSessionStartsOn, previousSessionOutcome, asOf,
                recommendations, changesSincePreviousSession, generatedAt);
    }
}

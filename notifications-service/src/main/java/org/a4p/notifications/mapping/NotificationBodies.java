package org.a4p.notifications.mapping;

import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.SessionOutcome;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.api.PositionChangeNotification;
import org.a4p.notifications.api.StatusChangeNotification;
import org.a4p.notifications.model.Position;
import org.a4p.notifications.model.Recommendation;
import org.a4p.notifications.model.Session;
import org.a4p.notifications.model.RecordedOutcome;
import org.a4p.notifications.model.StatusChange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** The bodies that webhooks and the feed carry, built from the read models. */
public final class NotificationBodies {

    private NotificationBodies() {
    }

    /** An unknown recommendation (its upsert not yet consumed) still yields a body, without area and text. */
    public static StatusChangeNotification statusChange(String eventId, RecommendationStatusChanged change,
                                                        Optional<Recommendation> recommendation, String link) {
        return new StatusChangeNotification(eventId, EventTypes.RECOMMENDATION_STATUS_CHANGED,
                ref(change.number(), recommendation, link),
                change.previousStatus(), change.newStatus(), change.note(), change.evidenceUrl(), change.changedBy(),
                change.changedAt());
    }

    public static PositionChangeNotification positionChange(String eventId, RecommendationPositionChanged change,
                                                            Optional<Recommendation> recommendation, String link) {
        return new PositionChangeNotification(eventId, EventTypes.RECOMMENDATION_POSITION_CHANGED,
                ref(change.number(), recommendation, link),
                change.stakeholder(), change.change(), change.acceptance(), change.implementation(),
                change.previousAcceptance(), change.previousImplementation(), change.note(),
                change.evidence() == null ? List.of()
                        : change.evidence().stream().map(PositionChangeNotification.Evidence::of).toList(), change.changedBy(), change.changedAt());
    }

    private static StatusChangeNotification.RecommendationRef ref(int number, Optional<Recommendation> recommendation, String link) {
        return new StatusChangeNotification.RecommendationRef(number, recommendation.map(Recommendation::area).orElse(null),
                recommendation.map(Recommendation::text).orElse(null), link);
    }

    private static Briefing.PreviousOutcome previousOutcome(Session previous, RecordedOutcome o) {
        return new Briefing.PreviousOutcome(previous.id(), previous.title(), previous.startsOn(), o.outcome(),
                o.documentSymbol(), o.note(), o.recordedAt(), outcomeSentence(previous, o));
    }

    /** "C-34 substantive session 2025 (2025-02-18) adopted no substantive report." */
    static String outcomeSentence(Session previous, RecordedOutcome o) {
        // the consumer let only the contract's codes in
        SessionOutcome code = SessionOutcome.valueOf(o.outcome());
        String what = switch (code) {
            case REPORT_ADOPTED -> "adopted its report" + (o.documentSymbol() == null ? "" : " " + o.documentSymbol());
            case NO_SUBSTANTIVE_REPORT -> "adopted no substantive report";
            case SUSPENDED -> "was suspended";
            case POSTPONED -> "was postponed";
        };
        boolean symbolSaid = code == SessionOutcome.REPORT_ADOPTED;
        String title = previous.title() == null || previous.title().isBlank() ? "The previous session" : previous.title();
        return title + " (" + previous.startsOn() + ") " + what
                + (o.documentSymbol() != null && !symbolSaid ? " (" + o.documentSymbol() + ")" : "") + ".";
    }

    private static Briefing.OwnPosition ownPosition(Position p) {
        return p == null ? null : new Briefing.OwnPosition(p.stakeholder(), p.acceptance(), p.implementation(), p.note(),
                p.changedAt());
    }

    /**
     * The on-demand form; {@link Briefing#asWebhook} adds what the webhook carries besides.
     *
     * @param previous the previous session of the body, if any, and its recorded outcome, if any
     * @param asOf     null for a session still ahead; else the moment the statuses, positions and changes are as of
     */
    public static Briefing briefing(Session s, String category, Optional<Session> previous, Optional<RecordedOutcome> outcome,
                                    OffsetDateTime asOf, List<Recommendation> recommendations,
                                    Map<Integer, Position> ownPositions, List<StatusChange> changes,
                                    IntFunction<String> link, OffsetDateTime generatedAt) {
        return new Briefing(null, null, null,
                new Briefing.SessionInfo(s.id(), s.body(), s.title(), s.kind(), s.startsOn(), s.endsOn(), s.location(),
                        s.tentative()),
                category, previous.map(Session::startsOn).orElse(null),
                previous.flatMap(p -> outcome.map(o -> previousOutcome(p, o))).orElse(null), asOf,
                recommendations.stream().map(r -> new Briefing.Item(r.number(), r.area(), r.areaName(), r.text(), r.status(),
                        link.apply(r.number()), ownPosition(ownPositions.get(r.number())))).toList(),
                changes.stream().map(c -> new Briefing.Change(c.number(), c.from(), c.to(), c.at(), c.by(), c.note(),
                        c.evidenceUrl()))
                        .toList(),
                generatedAt);
    }
}

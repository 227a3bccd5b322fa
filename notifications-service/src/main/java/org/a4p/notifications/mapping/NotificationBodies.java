package org.a4p.notifications.mapping;

import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.api.PositionChangeNotification;
import org.a4p.notifications.api.StatusChangeNotification;
import org.a4p.notifications.model.Position;
import org.a4p.notifications.model.Recommendation;
import org.a4p.notifications.model.Session;
import org.a4p.notifications.model.StatusChange;

import java.time.LocalDate;
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

    private static Briefing.OwnPosition ownPosition(Position p) {
        return p == null ? null : new Briefing.OwnPosition(p.stakeholder(), p.acceptance(), p.implementation(), p.note(),
                p.changedAt());
    }

    /** The on-demand form; {@link Briefing#asWebhook} adds what the webhook carries besides. */
    public static Briefing briefing(Session s, String category, LocalDate previousSessionStartsOn,
                                    List<Recommendation> recommendations, Map<Integer, Position> ownPositions,
                                    List<StatusChange> changes,
                                    IntFunction<String> link, OffsetDateTime generatedAt) {
        return new Briefing(null, null, null,
                new Briefing.SessionInfo(s.id(), s.body(), s.title(), s.kind(), s.startsOn(), s.endsOn(), s.location(),
                        s.tentative()),
                category, previousSessionStartsOn,
                recommendations.stream().map(r -> new Briefing.Item(r.number(), r.area(), r.text(), r.status(),
                        link.apply(r.number()), ownPosition(ownPositions.get(r.number())))).toList(),
                changes.stream().map(c -> new Briefing.Change(c.number(), c.from(), c.to(), c.at(), c.by(), c.note(),
                        c.evidenceUrl()))
                        .toList(),
                generatedAt);
    }
}

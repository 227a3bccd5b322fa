package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.EventTypes;
import org.a4p.events.Topics;
import org.a4p.platform.outbox.Outbox;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.Position;
import org.a4p.recommendations.model.PositionChange;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.model.StatusChange;

/**
 * Writes this service's events to the outbox. Callers are inside the transaction of the change and
 * have flushed it, so the event carries the version the change produced.
 */
@ApplicationScoped
public class RecommendationEvents {

    private final Outbox outbox;
    private final RecommendationMapper mapper;

    RecommendationEvents(Outbox outbox, RecommendationMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public String upserted(Recommendation r) {
        return outbox.publish(Topics.RECOMMENDATION_EVENTS, key(r), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_UPSERTED, subject(r), mapper.toUpserted(r));
    }

    public String statusChanged(Recommendation r, StatusChange change) {
        return outbox.publish(Topics.RECOMMENDATION_EVENTS, key(r), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_STATUS_CHANGED, subject(r), mapper.toStatusChanged(r, change));
    }

    public String positionChanged(Recommendation r, PositionChange change, Position before) {
        return outbox.publish(Topics.RECOMMENDATION_EVENTS, key(r), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_POSITION_CHANGED, subject(r), mapper.toPositionChanged(r, change, before));
    }

    /** The record key: all events of one recommendation land in one partition, in order. */
    private static String key(Recommendation r) {
        return Integer.toString(r.number);
    }

    public static String subject(int number) {
        return "recommendations/" + number;
    }

    private static String subject(Recommendation r) {
        return subject(r.number);
    }
}

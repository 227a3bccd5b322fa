package org.a4p.events;

import java.util.List;
import java.util.Map;

/** CloudEvents {@code type} values. A breaking change to a payload gets a new {@code .vN} type. */
public final class EventTypes {
    public static final String RECOMMENDATION_STATUS_CHANGED = "org.a4p.recommendation.status-changed.v1";
    public static final String RECOMMENDATION_UPSERTED = "org.a4p.recommendation.upserted.v1";
    public static final String RECOMMENDATION_POSITION_CHANGED = "org.a4p.recommendation.position-changed.v1";
    public static final String STAKEHOLDER_UPSERTED = "org.a4p.stakeholder.upserted.v1";
    public static final String SESSION_SCHEDULED = "org.a4p.session.scheduled.v1";
    public static final String SESSION_CHANGED = "org.a4p.session.changed.v1";
    public static final String SESSION_CANCELLED = "org.a4p.session.cancelled.v1";
    public static final String SESSION_OUTCOME_RECORDED = "org.a4p.session.outcome-recorded.v1";
    public static final String NOTIFICATION_DELIVERED = "org.a4p.notification.delivered.v1";
    public static final String NOTIFICATION_FAILED = "org.a4p.notification.failed.v1";

    /** The types each topic carries (the design's events table). */
    public static final Map<String, List<String>> BY_TOPIC = Map.of(
            Topics.RECOMMENDATION_EVENTS, List.of(RECOMMENDATION_STATUS_CHANGED, RECOMMENDATION_UPSERTED, RECOMMENDATION_POSITION_CHANGED),
            Topics.STAKEHOLDER_EVENTS, List.of(STAKEHOLDER_UPSERTED, SESSION_SCHEDULED, SESSION_CHANGED, SESSION_CANCELLED, SESSION_OUTCOME_RECORDED),
            Topics.NOTIFICATION_EVENTS, List.of(NOTIFICATION_DELIVERED, NOTIFICATION_FAILED));

    /** The CloudEvents {@code source} of each service. */
    public static final String SOURCE_RECOMMENDATIONS = "/a4p/recommendations-service";
    public static final String SOURCE_STAKEHOLDERS = "/a4p/stakeholders-service";
    public static final String SOURCE_NOTIFICATIONS = "/a4p/notifications-service";

    private EventTypes() {
    }
}

package org.a4p.events;

import java.util.List;

/** The Kafka topics of the design. Keys: recommendation number, stakeholder code or session id, subscription id. */
public final class Topics {
    public static final String RECOMMENDATION_EVENTS = "recommendation-events";
    public static final String STAKEHOLDER_EVENTS = "stakeholder-events";
    public static final String NOTIFICATION_EVENTS = "notification-events";

    /** The topics the services produce, in the design's order. */
    public static final List<String> PRODUCED = List.of(RECOMMENDATION_EVENTS, STAKEHOLDER_EVENTS, NOTIFICATION_EVENTS);

    /** Every topic the local broker must hold: each produced topic and its dead-letter topic. */
    public static final List<String> ALL = List.of(RECOMMENDATION_EVENTS, deadLetter(RECOMMENDATION_EVENTS),
            STAKEHOLDER_EVENTS, deadLetter(STAKEHOLDER_EVENTS), NOTIFICATION_EVENTS, deadLetter(NOTIFICATION_EVENTS));

    /** Records a consumer cannot process go to {@code <topic>.dlq} with the failure in headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}

package org.a4p.events;

/** The Kafka topics of the design. Keys: recommendation number, stakeholder code or session id, subscription id. */
public final class Topics {
    public static final String RECOMMENDATION_EVENTS = "recommendation-events";
    public static final String STAKEHOLDER_EVENTS = "stakeholder-events";
    public static final String NOTIFICATION_EVENTS = "notification-events";

    /** Records a consumer cannot process go to {@code <topic>.dlq} with the failure in headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}

package org.a4p.platform.inbox;

import org.a4p.events.CloudEvent;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;

/**
 * What a service does with each event type of the contract it consumes. {@link EventConsumer#consume(String, String,
 * String, EventHandler)} has already checked that the type belongs on the topic and that the data carries what
 * {@link EventChecks} asks; a type the service does not use keeps the default, which does nothing (the event is
 * still recorded in the inbox, so it is neither dead-lettered nor applied again).
 */
public interface EventHandler {

    default void recommendationUpserted(CloudEvent event, RecommendationUpserted data) {
    }

    default void recommendationStatusChanged(CloudEvent event, RecommendationStatusChanged data) {
    }

    default void recommendationPositionChanged(CloudEvent event, RecommendationPositionChanged data) {
    }

    default void stakeholderUpserted(CloudEvent event, StakeholderUpserted data) {
    }

    /** A session scheduled or changed (the two types carry the same data). */
    default void sessionScheduledOrChanged(CloudEvent event, SessionEvent data) {
    }

    default void sessionCancelled(CloudEvent event, SessionEvent data) {
    }

    default void sessionOutcomeRecorded(CloudEvent event, SessionOutcomeRecorded data) {
    }

    /** After any of the above, in the same transaction. */
    default void applied(String topic, CloudEvent event) {
    }
}

package org.a4p.notifications.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcome;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.notifications.service.NotificationService;
import org.a4p.notifications.service.ReadModelService;
import org.a4p.platform.inbox.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import static org.a4p.platform.inbox.EventChecks.isOneOf;
import static org.a4p.platform.inbox.EventChecks.require;
import static org.a4p.platform.inbox.EventChecks.requireOnTopic;

/**
 * Keeps the read models from the other services' events and turns status changes into deliveries.
 * Each event is applied once per consumer (inbox) in one transaction; a record that can never be
 * applied is dead-lettered by the channel and the consumer goes on.
 */
@ApplicationScoped
public class EventsConsumer {

    static final String RECOMMENDATIONS_CONSUMER = "notifications-service/recommendation-events";
    static final String STAKEHOLDERS_CONSUMER = "notifications-service/stakeholder-events";

    private final EventConsumer consumer;
    private final ReadModelService readModels;
    private final NotificationService notifications;

    EventsConsumer(EventConsumer consumer, ReadModelService readModels, NotificationService notifications) {
        this.consumer = consumer;
        this.readModels = readModels;
        this.notifications = notifications;
    }

    @Incoming("recommendation-events-in")
    @Blocking
    public void onRecommendationEvent(String payload) {
        consumer.consume(RECOMMENDATIONS_CONSUMER, payload, event -> apply(Topics.RECOMMENDATION_EVENTS, event));
    }

    @Incoming("stakeholder-events-in")
    @Blocking
    public void onStakeholderEvent(String payload) {
        consumer.consume(STAKEHOLDERS_CONSUMER, payload, event -> apply(Topics.STAKEHOLDER_EVENTS, event));
    }

    /**
     * Dispatches by (topic, type): a type the topic does not carry (the design's events table) is poison, never
     * applied, whoever wrote it there; so is a status outside the lifecycle.
     */
    private void apply(String topic, CloudEvent event) {
        requireOnTopic(topic, event);
        switch (event.type()) {
            case EventTypes.RECOMMENDATION_UPSERTED -> {
                RecommendationUpserted r = consumer.data(event, RecommendationUpserted.class);
                require(event, r.number() > 0 && r.area() != null, "number and area");
                readModels.recommendationUpserted(r);
            }
            case EventTypes.RECOMMENDATION_STATUS_CHANGED -> {
                RecommendationStatusChanged c = consumer.data(event, RecommendationStatusChanged.class);
                require(event, c.number() > 0 && isStatus(c.newStatus()) && c.changedAt() != null,
                        "number, a lifecycle newStatus and changedAt");
                notifications.statusChanged(event, c);
            }
            case EventTypes.RECOMMENDATION_POSITION_CHANGED -> {
                RecommendationPositionChanged c = consumer.data(event, RecommendationPositionChanged.class);
                require(event, c.number() > 0 && isCode(c.stakeholder()) && isOneOf(c.change(), PositionChangeKind.values())
                                && isOneOf(c.acceptance(), PositionAcceptance.values())
                                && isOneOf(c.implementation(), PositionImplementation.values()) && c.changedAt() != null,
                        "number, stakeholder, change, acceptance, implementation and changedAt");
                notifications.positionChanged(event, c);
            }
            case EventTypes.STAKEHOLDER_UPSERTED -> {
                StakeholderUpserted s = consumer.data(event, StakeholderUpserted.class);
                require(event, s.code() != null && !s.code().isBlank(), "code");
                readModels.stakeholderUpserted(s);
            }
            case EventTypes.SESSION_SCHEDULED, EventTypes.SESSION_CHANGED -> {
                SessionEvent s = consumer.data(event, SessionEvent.class);
                require(event, s.id() != null && s.body() != null && s.startsOn() != null, "id, body and startsOn");
                readModels.sessionScheduledOrChanged(s);
            }
            case EventTypes.SESSION_CANCELLED -> {
                SessionEvent s = consumer.data(event, SessionEvent.class);
                require(event, s.id() != null, "id");
                readModels.sessionCancelled(s.id());
            }
            case EventTypes.SESSION_OUTCOME_RECORDED -> {
                SessionOutcomeRecorded o = consumer.data(event, SessionOutcomeRecorded.class);
                require(event, o.id() != null && !o.id().isBlank() && o.body() != null && !o.body().isBlank()
                                && isOneOf(o.outcome(), SessionOutcome.values()) && o.recordedAt() != null && o.version() > 0,
                        "id, body, a known outcome, recordedAt and a version");
                readModels.sessionOutcomeRecorded(event.id(), o);
            }
            default -> throw new IllegalStateException("EventTypes.BY_TOPIC lists " + event.type() + " but no case applies it");
        }
    }

    private static boolean isStatus(String status) {
        return isOneOf(status, RecommendationStatus.values());
    }

    private static boolean isCode(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9_]{0,63}");
    }
}

package org.a4p.notifications.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.notifications.config.LinksConfig;
import org.a4p.notifications.api.Briefing;
import org.a4p.notifications.mapping.NotificationBodies;
import org.a4p.notifications.repository.DeliveryRepository;
import org.a4p.notifications.model.Recommendation;
import org.a4p.notifications.repository.ReadModelRepository;
import org.a4p.platform.tracing.TraceParent;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns what happened into notifications and their deliveries, inside the transaction that consumed
 * the event (or ran the briefing check): a delivery exists before anything is sent, and the UNIQUE
 * (subscription, notification) constraint makes a repeated event or check a no-op.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final ReadModelRepository readModels;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String recommendationsBaseUrl;

    NotificationService(ReadModelRepository readModels, DeliveryRepository deliveries, DeliverySender sender,
                        ObjectMapper mapper, Clock clock, LinksConfig config) {
        this.readModels = readModels;
        this.deliveries = deliveries;
        this.sender = sender;
        this.mapper = mapper;
        this.clock = clock;
        this.recommendationsBaseUrl = config.recommendationsBaseUrl().replaceAll("/+$", "");
    }

    public String recommendationLink(int number) {
        return recommendationsBaseUrl + "/recommendations/" + number;
    }

    /**
     * Applies a status change to the read models and fans it out to every matching subscription. An event whose
     * version is not newer than the recommendation we hold (a replay, or one overtaken by a later change) changes
     * nothing and alerts nobody: a subscriber must never be told of a status that is no longer true.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int statusChanged(CloudEvent event, RecommendationStatusChanged change) {
        boolean known = readModels.recommendation(change.number()).isPresent();
        if (!readModels.applyStatus(change) && known) {
            LOG.infof("status change %s of recommendation %d is stale (version %d): ignored", event.id(), change.number(),
                    change.version());
            return 0;
        }
        readModels.recordStatusChange(event.id(), change);
        Optional<Recommendation> recommendation = readModels.recommendation(change.number());
        String area = recommendation.map(Recommendation::area).orElse(null);
        List<String> categories = recommendation.map(Recommendation::stakeholders).orElse(List.of());
        var body = NotificationBodies.statusChange(event.id(), change, recommendation, recommendationLink(change.number()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        deliveries.insertNotification(event.id(), EventTypes.RECOMMENDATION_STATUS_CHANGED, json(body), now, trace());
        int created = deliveries.fanOutStatusChange(event.id(), change.number(), area, categories, now);
        if (created > 0) {
            sender.wakeAfterCommit();
        }
        return created;
    }

    /**
     * Applies a position change to the read model and alerts the subscriptions that follow it (the addressee, the
     * recommendation or its area). An event not newer than the position we hold changes nothing and alerts nobody.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int positionChanged(CloudEvent event, RecommendationPositionChanged change) {
        readModels.recordPositionChange(event.id(), change);
        if (!readModels.applyPosition(change)) {
            LOG.infof("position change %s of recommendation %d is stale (position version %d): ignored", event.id(),
                    change.number(), change.positionVersion());
            return 0;
        }
        Optional<Recommendation> recommendation = readModels.recommendation(change.number());
        var body = NotificationBodies.positionChange(event.id(), change, recommendation, recommendationLink(change.number()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        deliveries.insertNotification(event.id(), EventTypes.RECOMMENDATION_POSITION_CHANGED, json(body), now, trace());
        int created = deliveries.fanOutPositionChange(event.id(), change.number(),
                recommendation.map(Recommendation::area).orElse(null), change.stakeholder(), now);
        if (created > 0) {
            sender.wakeAfterCommit();
        }
        return created;
    }

    /** Creates (once) the briefing notification and its deliveries to the given subscriptions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int briefing(String notificationId, Object body, List<UUID> subscriptions) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        deliveries.insertNotification(notificationId, Briefing.TYPE, json(body), now, trace());
        int created = deliveries.fanOut(notificationId, subscriptions, now);
        if (created > 0) {
            sender.wakeAfterCommit();
        }
        return created;
    }

    /** The trace this notification is created in (the consumer continues the event's): its webhooks continue it. */
    private static String trace() {
        return TraceParent.current().orElse(null);
    }

    String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise notification", e);
        }
    }
}

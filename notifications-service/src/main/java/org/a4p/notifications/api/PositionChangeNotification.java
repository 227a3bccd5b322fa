package org.a4p.notifications.api;

import org.a4p.events.EventTypes;
import org.a4p.events.EvidenceReference;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON body of a position-change webhook (and the feed payload of one). */
@Schema(name = "PositionChangeNotification", description = "Body of an org.a4p.recommendation.position-changed.v1 webhook: "
        + "one addressee's acceptance and implementation of a recommendation was set or removed")
public record PositionChangeNotification(
        @Schema(description = "The source event id; the same value as the X-A4P-Event-Id header") String eventId,
        @Schema(enumeration = EventTypes.RECOMMENDATION_POSITION_CHANGED, description = "What this notification is (the discriminator of a feed payload)")
        String type,
        StatusChangeNotification.RecommendationRef recommendation,
        @Schema(description = "The addressee: a stakeholder category or a body's code", examples = "C34") String stakeholder,
        @Schema(implementation = PositionChangeKind.class) String change,
        @Schema(implementation = PositionAcceptance.class, description = "After the change (for REMOVED: when removed)") String acceptance,
        @Schema(implementation = PositionImplementation.class, description = "After the change (for REMOVED: when removed)") String implementation,
        @Schema(implementation = PositionAcceptance.class, nullable = true, description = "Before the change; null when the addressee was added")
        String previousAcceptance,
        @Schema(implementation = PositionImplementation.class, nullable = true, description = "Before the change; null when the addressee was added")
        String previousImplementation,
        @Schema(nullable = true, description = "Why, as given with the change") String note,
        @Schema(description = "References to the evidence (UN documents by symbol, URLs); empty when none") List<Evidence> evidence,
        @Schema(description = "The user who changed it") String changedBy,
        OffsetDateTime changedAt) {

    @Schema(name = "PositionEvidence", description = "A reference to evidence: a UN document symbol (and paragraph) and/or an http(s) URL")
    public record Evidence(@Schema(nullable = true, examples = "A/77/19") String symbol,
                           @Schema(nullable = true, examples = "120") String paragraph,
                           @Schema(nullable = true, examples = "https://undocs.org/en/A/77/19") String url,
                           @Schema(nullable = true) String title) {

        public static Evidence of(EvidenceReference e) {
            return new Evidence(e.symbol(), e.paragraph(), e.url(), e.title());
        }
    }
}

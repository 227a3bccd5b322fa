package org.a4p.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.EvidenceReference;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds and sends the events of the other services exactly as their producers do (structured CloudEvents). */
final class Events {

    static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** One event ready to send: its id, topic, key and the exact record value. */
    record Sent(String id, String topic, String key, String json) {
        Sent send() {
            KafkaTopics.send(topic, key, json);
            return this;
        }
    }

    private Events() {
    }

    /** A recommendation number no other test uses (the read models are shared by all test classes). */
    static int freshNumber() {
        return ThreadLocalRandom.current().nextInt(1_000, 1_000_000_000);
    }

    static String fresh(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Sent event(String topic, String key, String source, String type, String subject, Object data) {
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), "application/json",
                MAPPER.valueToTree(data));
        try {
            return new Sent(e.id(), topic, key, MAPPER.writeValueAsString(e));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Sent recommendation(int number, String area, List<String> stakeholders, String status, long version) {
        return event(Topics.RECOMMENDATION_EVENTS, String.valueOf(number), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_UPSERTED, "recommendations/" + number,
                new RecommendationUpserted(number, area, "Area " + area, "Recommendation text " + number,
                        "How to act on " + number, stakeholders, 7, "Context", status,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), version));
    }

    static Sent statusChanged(int number, String from, String to, long version, OffsetDateTime at) {
        return event(Topics.RECOMMENDATION_EVENTS, String.valueOf(number), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_STATUS_CHANGED, "recommendations/" + number,
                new RecommendationStatusChanged(number, from, to, "note for " + to, "https://evidence.example.org/" + number,
                        "secretariat-officer", at.truncatedTo(ChronoUnit.MICROS), version));
    }

    static Sent statusChanged(int number, String from, String to, long version) {
        return statusChanged(number, from, to, version, OffsetDateTime.now(ZoneOffset.UTC));
    }

    static Sent positionChanged(int number, String stakeholder, String change, String acceptance, String implementation,
                                String previousAcceptance, long positionVersion, long version) {
        return positionChanged(number, stakeholder, change, acceptance, implementation, previousAcceptance, positionVersion,
                version, OffsetDateTime.now(ZoneOffset.UTC));
    }

    static Sent positionChanged(int number, String stakeholder, String change, String acceptance, String implementation,
                                String previousAcceptance, long positionVersion, long version, OffsetDateTime at) {
        return event(Topics.RECOMMENDATION_EVENTS, String.valueOf(number), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_POSITION_CHANGED, "recommendations/" + number,
                new RecommendationPositionChanged(number, stakeholder, change, acceptance, implementation, previousAcceptance,
                        previousAcceptance == null ? null : "NOT_STARTED", "position note " + positionVersion,
                        List.of(new EvidenceReference("A/77/19", "120", null, "C-34 report")), "secretariat-officer",
                        at.truncatedTo(ChronoUnit.MICROS), positionVersion, version));
    }

    static Sent stakeholder(String code, String kind, String category) {
        return event(Topics.STAKEHOLDER_EVENTS, code, EventTypes.SOURCE_STAKEHOLDERS, EventTypes.STAKEHOLDER_UPSERTED,
                "stakeholders/" + code, new StakeholderUpserted(code, "Name of " + code, kind, category, null, false));
    }

    static Sent session(String type, String id, String body, String kind, LocalDate startsOn) {
        return session(type, id, body, "Session " + id, kind, startsOn);
    }

    static Sent session(String type, String id, String body, String title, String kind, LocalDate startsOn) {
        return event(Topics.STAKEHOLDER_EVENTS, id, EventTypes.SOURCE_STAKEHOLDERS, type, "sessions/" + id,
                new SessionEvent(id, body, title, kind, startsOn, startsOn.plusDays(4), "New York", false));
    }

    static Sent outcome(String sessionId, String body, String outcome, String documentSymbol, String note, long version) {
        return event(Topics.STAKEHOLDER_EVENTS, sessionId, EventTypes.SOURCE_STAKEHOLDERS, EventTypes.SESSION_OUTCOME_RECORDED,
                "sessions/" + sessionId, new SessionOutcomeRecorded(sessionId, body, outcome, documentSymbol, note,
                        "secretariat-officer", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), version));
    }
}

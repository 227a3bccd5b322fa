package org.a4p.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.EvidenceReference;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
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

/** Publishes the other services' events as their outbox relays do (structured CloudEvents), with the test clients. */
final class Events {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private Events() {
    }

    /** A recommendation number no other test uses (the read model is shared by the test classes). */
    static int freshNumber() {
        return ThreadLocalRandom.current().nextInt(1_000, 1_000_000_000);
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void send(String topic, String key, String source, String type, String subject, Object data) {
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), "application/json", MAPPER.valueToTree(data));
        try {
            KafkaTopics.send(topic, key, MAPPER.writeValueAsString(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void recommendation(int number, String area, List<String> stakeholders, String text, String status, long version) {
        send(Topics.RECOMMENDATION_EVENTS, String.valueOf(number), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_UPSERTED, "recommendations/" + number,
                new RecommendationUpserted(number, area, "Area " + area, text, "How to act on " + number, stakeholders, 7,
                        "Context of " + number, status, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), version));
    }

    static void statusChanged(int number, String from, String to, long version, String note, String evidenceUrl) {
        send(Topics.RECOMMENDATION_EVENTS, String.valueOf(number), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_STATUS_CHANGED, "recommendations/" + number,
                new RecommendationStatusChanged(number, from, to, note, evidenceUrl, "secretariat-officer",
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), version));
    }

    static void position(int number, String stakeholder, String change, String acceptance, String implementation,
                         String note, List<EvidenceReference> evidence, long positionVersion, long version) {
        send(Topics.RECOMMENDATION_EVENTS, String.valueOf(number), EventTypes.SOURCE_RECOMMENDATIONS,
                EventTypes.RECOMMENDATION_POSITION_CHANGED, "recommendations/" + number + "/positions/" + stakeholder,
                new RecommendationPositionChanged(number, stakeholder, change, acceptance, implementation, null, null, note,
                        evidence, "secretariat-officer", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                        positionVersion, version));
    }

    static void outcome(String session, String body, String outcome, String documentSymbol, String note, long version) {
        send(Topics.STAKEHOLDER_EVENTS, session, EventTypes.SOURCE_STAKEHOLDERS, EventTypes.SESSION_OUTCOME_RECORDED,
                "sessions/" + session, new SessionOutcomeRecorded(session, body, outcome, documentSymbol, note,
                        "secretariat-officer", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), version));
    }

    static void stakeholder(String code, String name, String kind, String category) {
        send(Topics.STAKEHOLDER_EVENTS, code, EventTypes.SOURCE_STAKEHOLDERS, EventTypes.STAKEHOLDER_UPSERTED,
                "stakeholders/" + code, new StakeholderUpserted(code, name, kind, category, null, false));
    }

    static void session(String type, String id, String body, String title, LocalDate startsOn) {
        send(Topics.STAKEHOLDER_EVENTS, id, EventTypes.SOURCE_STAKEHOLDERS, type, "sessions/" + id,
                new SessionEvent(id, body, title, "SUBSTANTIVE", startsOn, startsOn.plusDays(4), "New York", false));
    }
}

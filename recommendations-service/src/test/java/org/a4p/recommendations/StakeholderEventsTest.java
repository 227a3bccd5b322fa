package org.a4p.recommendations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.SessionEvent;
import org.a4p.events.StakeholderUpserted;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Sql;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stakeholder read model, fed the way stakeholders-service feeds it: CloudEvents on stakeholder-events
 * built from the a4p-events records.
 */
@QuarkusTest
class StakeholderEventsTest {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static String stakeholderEvent(String id, String code, String category) throws Exception {
        StakeholderUpserted data = new StakeholderUpserted(code, "Body " + code, "BODY", category, "A test body", false);
        return JSON.writeValueAsString(new CloudEvent(CloudEvent.SPEC_VERSION, id, EventTypes.SOURCE_STAKEHOLDERS,
                EventTypes.STAKEHOLDER_UPSERTED, "stakeholders/" + code, OffsetDateTime.now(ZoneOffset.UTC),
                "application/json", JSON.valueToTree(data)));
    }

    static List<Integer> numbers(String param, String value) {
        return given().queryParam(param, value).queryParam("size", 100).when().get("/recommendations")
                .then().statusCode(200).extract().jsonPath().getList("items.number", Integer.class);
    }

    static void awaitBodyKnown(String code) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().queryParam("body", code).when().get("/recommendations").then().statusCode(200));
    }

    @Test
    void bodyC34ResolvesToMemberStatesOnceStakeholdersServicePublishedIt() throws Exception {
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, "C34", stakeholderEvent(UUID.randomUUID().toString(), "C34", "MEMBER_STATES"));
        awaitBodyKnown("C34");
        List<Integer> forC34 = numbers("body", "C34");
        assertThat(forC34).isEqualTo(numbers("stakeholder", "MEMBER_STATES"));
        assertThat(forC34.stream().filter(n -> n <= 24)).containsExactly(1, 4, 5, 6, 11, 17, 20, 22, 23, 24);
        given().queryParam("body", "C34").queryParam("size", 100).when().get("/recommendations")
                .then().body("items.stakeholders.flatten().unique()", org.hamcrest.Matchers.hasItem("MEMBER_STATES"))
                .body("items.findAll { !it.stakeholders.contains('MEMBER_STATES') }.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void unknownBodyIsABadRequest() {
        given().queryParam("body", "NOT_A_BODY_" + UUID.randomUUID().toString().substring(0, 8)).when().get("/recommendations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("body"));
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() throws Exception {
        String code = "TEST_BODY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String first = UUID.randomUUID().toString();
        String firstEvent = stakeholderEvent(first, code, "SECURITY_COUNCIL");
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, code, firstEvent);
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, code, stakeholderEvent(UUID.randomUUID().toString(), code, "THINK_TANKS"));
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, code, firstEvent); // redelivered: must not bring SECURITY_COUNCIL back
        // a sentinel behind it in the same partition: once it is applied, the duplicate has been handled
        String sentinel = code + "_SENTINEL";
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, code, stakeholderEvent(UUID.randomUUID().toString(), sentinel, "SECRETARIAT"));
        awaitBodyKnown(sentinel);

        assertThat(numbers("body", code)).isEqualTo(numbers("stakeholder", "THINK_TANKS"));
        assertThat(processedCount(first)).isEqualTo(1);
    }

    @Test
    void otherEventTypesAreIgnoredButRecordedAndGarbageGoesToTheDeadLetterQueue() throws Exception {
        String sessionEventId = UUID.randomUUID().toString();
        SessionEvent session = new SessionEvent(UUID.randomUUID().toString(), "C34", "C-34 substantive session 2027",
                "C34_SUBSTANTIVE", java.time.LocalDate.of(2027, 2, 16), java.time.LocalDate.of(2027, 3, 12), "New York", true);
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, "session-1", JSON.writeValueAsString(new CloudEvent(CloudEvent.SPEC_VERSION,
                sessionEventId, EventTypes.SOURCE_STAKEHOLDERS, EventTypes.SESSION_SCHEDULED, "sessions/" + UUID.randomUUID(),
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", JSON.valueToTree(session))));

        String garbage = "this is not a CloudEvent " + UUID.randomUUID();
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, "garbage", garbage);
        // the dead-letter topic only exists once something was dead-lettered: retry until it does
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> KafkaTopics.readAll(
                        Topics.deadLetter(Topics.STAKEHOLDER_EVENTS), Duration.ofSeconds(5),
                        all -> all.stream().anyMatch(r -> garbage.equals(r.value())))
                .stream().anyMatch(r -> garbage.equals(r.value())));

        // the consumer goes on after the poison record
        String code = "AFTER_GARBAGE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        KafkaTopics.send(Topics.STAKEHOLDER_EVENTS, "garbage", stakeholderEvent(UUID.randomUUID().toString(), code, "FIELD_MISSIONS"));
        awaitBodyKnown(code);
        assertThat(numbers("body", code)).isEqualTo(numbers("stakeholder", "FIELD_MISSIONS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processedCount(sessionEventId) == 1);
    }

    private static long processedCount(String eventId) {
        return Sql.number("recommendations", "SELECT count(*) FROM processed_event WHERE event_id = ?", eventId);
    }
}

package org.a4p.stakeholders;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a4p.events.CloudEvent;
import org.a4p.events.Topics;
import org.a4p.testing.KafkaTopics;
import org.a4p.testing.Sql;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** What a plain consumer of stakeholder-events sees, and row counts straight from the service's database. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Received(String key, CloudEvent event) {
    }

    private Events() {
    }

    /** Every event on the topic, read until {@code done} holds for them (or 30 s pass). */
    static List<Received> all(Predicate<List<Received>> done) {
        return parse(KafkaTopics.readAll(Topics.STAKEHOLDER_EVENTS, Duration.ofSeconds(30), records -> done.test(parse(records))));
    }

    /** The events about one aggregate, read until there are {@code expected} of them (or the timeout). */
    static List<Received> about(String subject, int expected) {
        return all(list -> ofSubject(list, subject).size() >= expected).stream()
                .filter(r -> subject.equals(r.event().subject())).toList();
    }

    static List<Received> ofSubject(List<Received> list, String subject) {
        return list.stream().filter(r -> subject.equals(r.event().subject())).toList();
    }

    static List<String> types(List<Received> list) {
        return list.stream().map(r -> r.event().type()).toList();
    }

    static long count(String table) {
        return Sql.number("stakeholders", "SELECT count(*) FROM " + table);
    }

    private static List<Received> parse(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            try {
                return new Received(r.key(), JSON.readValue(r.value(), CloudEvent.class));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

package org.a4p.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code priorities} was added to upserted.v1 later: an event written before it (already on the topic) must still
 * read, as a recommendation without priorities, and a new event must round-trip with them.
 */
class RecommendationUpsertedTest {

    /** How the consumers read events (EventConsumer): unknown properties tolerated. */
    private static final ObjectMapper CONSUMER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String BEFORE_PRIORITIES = """
            {"number": 7, "area": "POLITICS", "areaName": "Politics", "text": "t", "stakeholderAction": "Think tank/researchers",
             "stakeholders": ["THINK_TANKS"], "a4pParagraph": 6, "context": "c", "status": "PROPOSED",
             "statusChangedAt": "2018-11-29T00:00:00Z", "version": 0}""";

    @Test
    void anEventWrittenBeforePrioritiesReadsAsNone() throws Exception {
        RecommendationUpserted r = CONSUMER.readValue(BEFORE_PRIORITIES, RecommendationUpserted.class);
        assertThat(r.number()).isEqualTo(7);
        assertThat(r.priorities()).isEmpty();
    }

    @Test
    void prioritiesRoundTrip() throws Exception {
        RecommendationUpserted r = CONSUMER.readValue(BEFORE_PRIORITIES.replace("\"version\": 0",
                "\"version\": 1, \"priorities\": [\"STRATEGIC_COMMUNICATIONS\", \"WOMEN_PEACE_AND_SECURITY\"]"), RecommendationUpserted.class);
        assertThat(r.priorities()).containsExactly("STRATEGIC_COMMUNICATIONS", "WOMEN_PEACE_AND_SECURITY");
        assertThat(CONSUMER.readValue(CONSUMER.writeValueAsString(r), RecommendationUpserted.class)).isEqualTo(r);
        assertThat(CONSUMER.readTree(CONSUMER.writeValueAsString(new RecommendationUpserted(1, "POLITICS", "Politics", "t", "a",
                List.of(), 1, "c", "PROPOSED", null, 0))).path("priorities").isArray()).isTrue();
    }

    @Test
    void everyPriorityHasANameAndAKindSevenPrioritiesThenTwoThemes() {
        assertThat(A4pPlusPriority.values()).hasSize(9);
        assertThat(List.of(A4pPlusPriority.values()).stream().map(A4pPlusPriority::kind).toList()).containsExactly(
                A4pPlusPriorityKind.PRIORITY, A4pPlusPriorityKind.PRIORITY, A4pPlusPriorityKind.PRIORITY, A4pPlusPriorityKind.PRIORITY,
                A4pPlusPriorityKind.PRIORITY, A4pPlusPriorityKind.PRIORITY, A4pPlusPriorityKind.PRIORITY,
                A4pPlusPriorityKind.CROSS_CUTTING, A4pPlusPriorityKind.CROSS_CUTTING);
        assertThat(A4pPlusPriority.fromCode("STRATEGIC_COMMUNICATIONS")).isEqualTo(A4pPlusPriority.STRATEGIC_COMMUNICATIONS);
        assertThat(A4pPlusPriority.fromCode("strategic_communications")).isNull();
    }
}

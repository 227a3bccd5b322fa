package org.a4p.platform.inbox;

import org.a4p.events.CloudEvent;
import org.a4p.events.EventTypes;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionOutcomeRecorded;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks of each event's data are the contract's, one set for every consumer: before, the dashboard applied an
 * outcome without a version and a position for a stakeholder code notifications-service refused, and
 * notifications-service an upsert with a status outside the lifecycle that the dashboard refused.
 */
class EventChecksTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-03T07:00:00Z");
    private static final CloudEvent EVENT = new CloudEvent("1.0", "e-1", "/test", EventTypes.RECOMMENDATION_UPSERTED,
            "recommendations/1", AT, "application/json", null, null, null);

    private static RecommendationUpserted upserted(String status) {
        return new RecommendationUpserted(1, "POLITICS", "Politics", "Text", "Action", List.of("MEMBER_STATES"), 7,
                "Context", status, AT, 1);
    }

    private static RecommendationPositionChanged position(String stakeholder) {
        return new RecommendationPositionChanged(1, stakeholder, "SET", "ACCEPTED", "IN_PROGRESS", null, null, null,
                List.of(), "officer", AT, 1, 1);
    }

    private static SessionOutcomeRecorded outcome(long version) {
        return new SessionOutcomeRecorded("c34-2026", "C34", "REPORT_ADOPTED", "A/80/19", null, "officer", AT, version);
    }

    @Test
    void wellFormedDataIsReturnedAsItCame() {
        RecommendationUpserted r = upserted("PROPOSED");
        assertThat(EventChecks.checked(EVENT, r)).isSameAs(r);
        assertThat(EventChecks.checked(EVENT, position("MEMBER_STATES")).stakeholder()).isEqualTo("MEMBER_STATES");
        assertThat(EventChecks.checked(EVENT, outcome(1)).version()).isEqualTo(1);
    }

    @Test
    void anUpsertWithAStatusOutsideTheLifecycleIsPoison() {
        for (String status : new String[]{null, "DONE", "proposed"}) {
            assertThatThrownBy(() -> EventChecks.checked(EVENT, upserted(status))).isInstanceOf(PoisonEventException.class)
                    .hasMessageContaining("e-1").hasMessageContaining("a lifecycle status");
        }
    }

    @Test
    void aPositionForSomethingThatIsNoStakeholderCodeIsPoison() {
        for (String stakeholder : new String[]{null, "", "member states", "<b>X</b>"}) {
            assertThatThrownBy(() -> EventChecks.checked(EVENT, position(stakeholder))).isInstanceOf(PoisonEventException.class);
        }
    }

    @Test
    void anOutcomeWithoutAVersionIsPoison() {
        assertThatThrownBy(() -> EventChecks.checked(EVENT, outcome(0))).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("a version");
    }
}

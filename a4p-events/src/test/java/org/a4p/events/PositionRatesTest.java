package org.a4p.events;

import org.junit.jupiter.api.Test;

import static org.a4p.events.PositionAcceptance.*;
import static org.a4p.events.PositionImplementation.*;
import static org.assertj.core.api.Assertions.assertThat;

class PositionRatesTest {

    @Test
    void pending_and_not_relevant_are_not_decisions_and_leave_both_rates_unknown() {
        PositionRates r = PositionRates.NONE.plus(PENDING, NOT_STARTED).plus(NOT_RELEVANT, NOT_STARTED);
        assertThat(r).isEqualTo(new PositionRates(2, 0, 0, 0));
        assertThat(r.acceptanceRate()).isNull();
        assertThat(r.implementationRate()).isNull();
    }

    @Test
    void acceptance_counts_partial_acceptance_and_implementation_counts_only_accepted_positions() {
        PositionRates r = PositionRates.NONE
                .plus(ACCEPTED, IMPLEMENTED)
                .plus(PARTIALLY_ACCEPTED, IN_PROGRESS)
                .plus(NOT_ACCEPTED, NOT_STARTED)
                .plus(NOT_ACCEPTED, IMPLEMENTED) // not possible through the API; must not count as implemented
                .plus(PENDING, NOT_STARTED);
        assertThat(r).isEqualTo(new PositionRates(5, 4, 2, 1));
        assertThat(r.acceptanceRate()).isEqualTo(0.5);
        assertThat(r.implementationRate()).isEqualTo(0.5);
    }

    @Test
    void tallies_add_up() {
        PositionRates a = PositionRates.NONE.plus(ACCEPTED, STALLED);
        PositionRates b = PositionRates.NONE.plus(ACCEPTED, IMPLEMENTED).plus(NOT_ACCEPTED, NOT_STARTED);
        assertThat(a.plus(b)).isEqualTo(new PositionRates(3, 3, 2, 1));
        assertThat(a.plus(b).acceptanceRate()).isEqualTo(2.0 / 3);
    }
}

package org.a4p.recommendations;

import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StatisticsGroupBy;
import org.a4p.recommendations.api.Statistics;
import org.a4p.recommendations.api.StatisticsGroup;
import org.a4p.recommendations.service.StatisticsTally;
import org.a4p.recommendations.service.StatisticsTally.Held;
import org.a4p.recommendations.service.StatisticsTally.Subject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.a4p.events.PositionAcceptance.ACCEPTED;
import static org.a4p.events.PositionAcceptance.NOT_ACCEPTED;
import static org.a4p.events.PositionAcceptance.NOT_RELEVANT;
import static org.a4p.events.PositionAcceptance.PARTIALLY_ACCEPTED;
import static org.a4p.events.PositionAcceptance.PENDING;
import static org.a4p.events.PositionImplementation.IMPLEMENTED;
import static org.a4p.events.PositionImplementation.IN_PROGRESS;
import static org.a4p.events.PositionImplementation.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The grouping and counting of GET /statistics on its own, on states made up here. */
class StatisticsTallyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static Held held(String stakeholder, PositionAcceptance acceptance, PositionImplementation implementation) {
        return new Held(stakeholder, acceptance, implementation);
    }

    /** 1: two accepted (one implemented), 2: decided against / not relevant, 3: closed, 4: issued exactly 5 years before. */
    private static final List<Subject> SUBJECTS = List.of(
            new Subject(1, "POLITICS", LocalDate.of(2018, 11, 29), RecommendationStatus.IN_PROGRESS, List.of(
                    held("SECRETARIAT", ACCEPTED, IMPLEMENTED), held("C34", PARTIALLY_ACCEPTED, IN_PROGRESS),
                    held("MEMBER_STATES", PENDING, NOT_STARTED))),
            new Subject(2, "POLITICS", LocalDate.of(2019, 1, 1), RecommendationStatus.PROPOSED, List.of(
                    held("SECRETARIAT", NOT_ACCEPTED, NOT_STARTED), held("FIELD_MISSIONS", NOT_RELEVANT, NOT_STARTED))),
            new Subject(3, "CONDUCT", LocalDate.of(2018, 11, 29), RecommendationStatus.SUPERSEDED, List.of(
                    held("SECRETARIAT", PENDING, NOT_STARTED))),
            new Subject(4, "CONDUCT", DAY.minusYears(5), RecommendationStatus.STALLED, List.of(
                    held("C34", ACCEPTED, NOT_STARTED))));

    private static StatisticsGroup group(Statistics s, String key) {
        return s.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void byAreaListsEveryAreaInOrderAndCountsTheRatesOfItsPositions() {
        Statistics s = StatisticsTally.count(StatisticsGroupBy.area, SUBJECTS, List.of("PEACEBUILDING", "POLITICS", "CONDUCT"),
                Map.of("PEACEBUILDING", "Peacebuilding", "POLITICS", "Politics", "CONDUCT", "Conduct"), DAY, null);
        assertThat(s.groups()).extracting(StatisticsGroup::key).containsExactly("PEACEBUILDING", "POLITICS", "CONDUCT");
        assertThat(group(s, "PEACEBUILDING")).isEqualTo(new StatisticsGroup("PEACEBUILDING", "Peacebuilding", 0, 0, 0, 0, 0, null, null, 0));
        // decided: ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED (PENDING and NOT_RELEVANT are not decided)
        assertThat(group(s, "POLITICS")).isEqualTo(new StatisticsGroup("POLITICS", "Politics", 2, 5, 3, 2, 1, 2.0 / 3, 0.5, 2));
        // 3 is closed (SUPERSEDED); 4 was issued exactly 5 years before the day, not more
        assertThat(group(s, "CONDUCT")).isEqualTo(new StatisticsGroup("CONDUCT", "Conduct", 2, 2, 1, 1, 0, 1.0, 0.0, 0));
        assertThat(s.total()).isEqualTo(new StatisticsGroup("TOTAL", null, 4, 7, 4, 3, 1, 0.75, 1.0 / 3, 2));
        assertThat(s.groupBy()).isEqualTo(StatisticsGroupBy.area);
    }

    @Test
    void outstandingCountsFromTheDayAfterTheFifthAnniversary() {
        Statistics dayAfter = StatisticsTally.count(StatisticsGroupBy.area, SUBJECTS, List.of(), Map.of(), DAY.plusDays(1), null);
        assertThat(group(dayAfter, "CONDUCT").outstandingOver5Years()).isEqualTo(1);
        Statistics earlier = StatisticsTally.count(StatisticsGroupBy.area, SUBJECTS, List.of(), Map.of(), LocalDate.of(2023, 11, 29), null);
        assertThat(earlier.total().outstandingOver5Years()).as("2018-11-29 plus 5 years is not before 2023-11-29").isZero();
        Statistics next = StatisticsTally.count(StatisticsGroupBy.area, SUBJECTS, List.of(), Map.of(), LocalDate.of(2023, 11, 30), null);
        assertThat(next.total().outstandingOver5Years()).as("1 (IN_PROGRESS) but not 3 (SUPERSEDED)").isEqualTo(1);
    }

    @Test
    void byStakeholderCountsEachAddresseesOwnPositionAndTheTotalOnce() {
        Statistics s = StatisticsTally.count(StatisticsGroupBy.stakeholder, SUBJECTS,
                List.of("MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS"),
                Map.of("C34", "Special Committee on Peacekeeping Operations"), DAY, null);
        assertThat(s.groups()).extracting(StatisticsGroup::key)
                .containsExactly("MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS", "C34");
        assertThat(group(s, "SECRETARIAT")).isEqualTo(new StatisticsGroup("SECRETARIAT", null, 3, 3, 2, 1, 1, 0.5, 1.0, 2));
        assertThat(group(s, "C34")).isEqualTo(new StatisticsGroup("C34", "Special Committee on Peacekeeping Operations",
                2, 2, 2, 2, 0, 1.0, 0.0, 1));
        assertThat(group(s, "FIELD_MISSIONS")).isEqualTo(new StatisticsGroup("FIELD_MISSIONS", null, 1, 1, 0, 0, 0, null, null, 1));
        assertThat(group(s, "THINK_TANKS").recommendations()).isZero();
        assertThat(s.total().recommendations()).as("each recommendation once").isEqualTo(4);
    }

    @Test
    void byYearListsTheYearsOfIssuanceAscending() {
        Statistics s = StatisticsTally.count(StatisticsGroupBy.year, SUBJECTS, List.of(), Map.of(), DAY, null);
        assertThat(s.groups()).extracting(StatisticsGroup::key).containsExactly("2018", "2019");
        assertThat(group(s, "2018")).isEqualTo(new StatisticsGroup("2018", null, 2, 4, 2, 2, 1, 1.0, 0.5, 1));
        assertThat(group(s, "2019")).isEqualTo(new StatisticsGroup("2019", null, 2, 3, 2, 1, 0, 0.5, 0.0, 1));
        assertThat(StatisticsTally.count(StatisticsGroupBy.year, List.of(), List.of(), Map.of(), DAY, null).total())
                .isEqualTo(new StatisticsGroup("TOTAL", null, 0, 0, 0, 0, 0, null, null, 0));
    }
}

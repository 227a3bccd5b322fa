package org.a4p.recommendations.service;

import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.events.PositionRates;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StatisticsGroupBy;
import org.a4p.recommendations.api.Statistics;
import org.a4p.recommendations.api.StatisticsGroup;
import org.a4p.recommendations.mapping.RecommendationMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counting behind GET /statistics, whatever the states come from (today's tables, or the history at a moment):
 * pure, so that its rules are tested on their own. The rates are {@link PositionRates}, the one definition the dashboard
 * shares.
 */
public final class StatisticsTally {

    public static final String TOTAL = "TOTAL";

    /** One position as it was at the moment. */
    public record Held(String stakeholder, PositionAcceptance acceptance, PositionImplementation implementation) {
    }

    /** One recommendation as it was at the moment: its status and positions then, its area and issuance day. */
    public record Subject(int number, String area, LocalDate issuedOn, RecommendationStatus status, List<Held> positions) {

        /** Not closed (IMPLEMENTED, NOT_ACCEPTED and SUPERSEDED close it) and issued more than 5 years before {@code day}. */
        boolean outstandingOver5Years(LocalDate day) {
            return !status.isTerminal() && issuedOn.plusYears(5).isBefore(day);
        }
    }

    private StatisticsTally() {
    }

    /**
     * @param listed the groups listed even when empty, in this order (the areas; the stakeholder categories)
     * @param names  the groups' names by key (none: null)
     * @param day    the moment's day (UTC), which outstanding-over-5-years counts to
     * @param asOf   the moment asked for, or null for the present (only echoed in the answer)
     */
    public static Statistics count(StatisticsGroupBy groupBy, List<Subject> subjects, List<String> listed,
                                   Map<String, String> names, LocalDate day, OffsetDateTime asOf) {
        Map<String, Count> groups = new LinkedHashMap<>();
        listed.forEach(key -> groups.put(key, new Count()));
        Count total = new Count();
        for (Subject s : subjects) {
            total.add(s, s.positions(), day);
            switch (groupBy) {
                case area -> groups.computeIfAbsent(s.area(), k -> new Count()).add(s, s.positions(), day);
                case year -> groups.computeIfAbsent(Integer.toString(s.issuedOn().getYear()), k -> new Count()).add(s, s.positions(), day);
                case stakeholder -> s.positions().forEach(p ->
                        groups.computeIfAbsent(p.stakeholder(), k -> new Count()).add(s, List.of(p), day));
            }
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        switch (groupBy) {
            case area -> { } // the report's order, as listed
            case year -> keys.sort(Comparator.comparing(Integer::valueOf));
            case stakeholder -> keys.sort(RecommendationMapper.ADDRESSEE_ORDER);
        }
        return new Statistics(groupBy, asOf, keys.stream().map(k -> groups.get(k).view(k, names.get(k))).toList(),
                total.view(TOTAL, null));
    }

    private static final class Count {
        private int recommendations;
        private int outstandingOver5Years;
        private PositionRates rates = PositionRates.NONE;

        void add(Subject s, List<Held> positions, LocalDate day) {
            recommendations++;
            if (s.outstandingOver5Years(day)) {
                outstandingOver5Years++;
            }
            for (Held p : positions) {
                rates = rates.plus(p.acceptance(), p.implementation());
            }
        }

        StatisticsGroup view(String key, String name) {
            return new StatisticsGroup(key, name, recommendations, rates.positions(), rates.decided(), rates.accepted(),
                    rates.implemented(), rates.acceptanceRate(), rates.implementationRate(), outstandingOver5Years);
        }
    }
}

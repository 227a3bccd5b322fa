package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.events.StatisticsGroupBy;
import org.a4p.recommendations.api.Statistics;
import org.a4p.recommendations.model.Area;
import org.a4p.recommendations.model.KnownStakeholder;
import org.a4p.recommendations.model.PositionChange;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.repository.AreaRepository;
import org.a4p.recommendations.repository.KnownStakeholderRepository;
import org.a4p.recommendations.repository.PositionChangeRepository;
import org.a4p.recommendations.repository.RecommendationRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GET /statistics: the states of every recommendation, now or as recorded at a moment (the same history the asOf reads
 * answer from: status_change through {@link RecommendationRepository#statusesAt}, position_change through
 * {@link PositionChangeRepository#statesAt(OffsetDateTime)}), counted by {@link StatisticsTally}.
 */
@ApplicationScoped
public class StatisticsService {

    private final RecommendationRepository recommendations;
    private final PositionChangeRepository positionChanges;
    private final AreaRepository areas;
    private final KnownStakeholderRepository stakeholders;
    private final AsOf asOf;
    private final Clock clock;

    StatisticsService(RecommendationRepository recommendations, PositionChangeRepository positionChanges, AreaRepository areas,
                      KnownStakeholderRepository stakeholders, AsOf asOf, Clock clock) {
        this.recommendations = recommendations;
        this.positionChanges = positionChanges;
        this.areas = areas;
        this.stakeholders = stakeholders;
        this.asOf = asOf;
        this.clock = clock;
    }

    @Transactional
    public Statistics statistics(StatisticsGroupBy groupBy, OffsetDateTime at) {
        OffsetDateTime moment = asOf.pastOrNull(at);
        List<StatisticsTally.Subject> subjects = moment == null ? present() : past(moment);
        LocalDate day = LocalDate.ofInstant(moment == null ? clock.instant() : moment.toInstant(), ZoneOffset.UTC);
        List<String> listed = List.of();
        Map<String, String> names = Map.of();
        switch (groupBy) {
            case area -> {
                List<Area> all = areas.inReportOrder();
                listed = all.stream().map(a -> a.code).toList();
                names = all.stream().collect(Collectors.toMap(a -> a.code, a -> a.name));
            }
            case stakeholder -> {
                listed = Arrays.stream(StakeholderCategory.values()).map(Enum::name).toList();
                names = stakeholders.listAll().stream().collect(Collectors.toMap(s -> s.code, (KnownStakeholder s) -> s.name));
            }
            case year -> { }
        }
        return StatisticsTally.count(groupBy, subjects, listed, names, day, moment);
    }

    private List<StatisticsTally.Subject> present() {
        return recommendations.inNumberOrder().stream().map(r -> subject(r, r.status, r.positions.stream()
                .map(p -> new StatisticsTally.Held(p.stakeholder, p.acceptance, p.implementation)).toList())).toList();
    }

    /** Only what existed at the moment: a recommendation created later has no status then. */
    private List<StatisticsTally.Subject> past(OffsetDateTime moment) {
        Map<Integer, RecommendationStatus> statuses = recommendations.statusesAt(moment);
        Map<Integer, List<StatisticsTally.Held>> positions = positionChanges.statesAt(moment).stream()
                .collect(Collectors.groupingBy((PositionChange c) -> c.recommendationNumber,
                        Collectors.mapping(c -> new StatisticsTally.Held(c.stakeholder, c.acceptance, c.implementation), Collectors.toList())));
        return recommendations.inNumberOrder().stream().filter(r -> statuses.containsKey(r.number))
                .map(r -> subject(r, statuses.get(r.number), positions.getOrDefault(r.number, List.of()))).toList();
    }

    private static StatisticsTally.Subject subject(Recommendation r, RecommendationStatus status, List<StatisticsTally.Held> positions) {
        return new StatisticsTally.Subject(r.number, r.area.code, r.issuedOn, status, positions);
    }
}

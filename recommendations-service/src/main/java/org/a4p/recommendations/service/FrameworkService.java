package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.A4pPlusPriority;
import org.a4p.events.AreaCode;
import org.a4p.events.ReferenceFramework;
import org.a4p.recommendations.api.AreaView;
import org.a4p.recommendations.api.DeclarationParagraphView;
import org.a4p.recommendations.api.FrameworkPriorityView;
import org.a4p.recommendations.api.FrameworkView;
import org.a4p.recommendations.mapping.RecommendationMapper;
import org.a4p.recommendations.model.ReportCitation;
import org.a4p.recommendations.repository.AreaRepository;
import org.a4p.recommendations.repository.ReportCitationRepository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference frameworks. A4P (2018): the Areas of Commitment as the report names them (the area table, as GET /areas)
 * and the Declaration paragraphs its table cites (report_citation); the report quotes no paragraph by number, so only
 * numbers and who cites them are given. A4P+ (2021): its priorities and themes, the contract codes of a4p-events.
 */
@ApplicationScoped
public class FrameworkService {

    private final AreaRepository areas;
    private final ReportCitationRepository citations;
    private final RecommendationMapper mapper;

    FrameworkService(AreaRepository areas, ReportCitationRepository citations, RecommendationMapper mapper) {
        this.areas = areas;
        this.citations = citations;
        this.mapper = mapper;
    }

    @Transactional
    public List<FrameworkView> all() {
        return Arrays.stream(ReferenceFramework.values()).map(this::framework).toList();
    }

    @Transactional
    public FrameworkView framework(ReferenceFramework code) {
        return switch (code) {
            case A4P_2018 -> new FrameworkView(code, "Action for Peacekeeping (A4P)", 2018,
                    "The Declaration of Shared Commitments on UN Peacekeeping Operations (2018): the 8 Areas of Commitment under "
                            + "which the Challenges Annual Forum 2018 report groups its recommendations, and the Declaration's "
                            + "paragraphs that the report's table cites ('A4P Para'). The report gives paragraph numbers, not "
                            + "their texts; so does this.",
                    areas.inReportOrder().stream().map(mapper::toView).toList(), paragraphs(), List.of());
            case A4P_PLUS_2021 -> new FrameworkView(code, "A4P+: Priorities for 2021-2023", 2021,
                    "The Secretariat's implementation strategy for Action for Peacekeeping from 2021: seven priorities and two "
                            + "cross-cutting themes. A recommendation's priorities (PUT /recommendations/{number}/priorities, "
                            + "filter priority on GET /recommendations) use these codes. No official mapping of the 2018 "
                            + "recommendations to them exists: none is seeded, the secretariat sets them.",
                    List.of(), List.of(), Arrays.stream(A4pPlusPriority.values())
                    .map(p -> new FrameworkPriorityView(p, p.displayName(), p.kind())).toList());
        };
    }

    private List<DeclarationParagraphView> paragraphs() {
        Map<Integer, Set<AreaCode>> areasOf = new LinkedHashMap<>();
        Map<Integer, List<Integer>> recommendationsOf = new LinkedHashMap<>();
        for (ReportCitation c : citations.byParagraphThenRecommendation()) {
            areasOf.computeIfAbsent(c.a4pParagraph, p -> EnumSet.noneOf(AreaCode.class)).add(AreaCode.valueOf(c.areaCode));
            recommendationsOf.computeIfAbsent(c.a4pParagraph, p -> new ArrayList<>()).add(c.recommendationNumber);
        }
        return areasOf.entrySet().stream().map(e -> new DeclarationParagraphView(e.getKey(), List.copyOf(e.getValue()),
                List.copyOf(recommendationsOf.get(e.getKey())))).toList();
    }
}

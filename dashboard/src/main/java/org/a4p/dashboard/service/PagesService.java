package org.a4p.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.dashboard.api.BriefingPage;
import org.a4p.dashboard.api.ListPage;
import org.a4p.dashboard.api.NotFoundPage;
import org.a4p.dashboard.api.OverviewPage;
import org.a4p.dashboard.api.RecommendationPage;
import org.a4p.dashboard.api.SessionsPage;
import org.a4p.dashboard.config.DashboardConfig;
import org.a4p.dashboard.mapping.Views;
import org.a4p.dashboard.model.RecommendationFilter;
import org.a4p.dashboard.model.Session;
import org.a4p.dashboard.model.Stakeholder;
import org.a4p.dashboard.repository.ReadModelRepository;
import org.a4p.events.StakeholderCategory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' content, read from the dashboard's own read model only: the pages keep answering with the last data the
 * events brought while the other services are down.
 */
@ApplicationScoped
public class PagesService {

    private final ReadModelRepository readModel;
    private final DashboardConfig config;
    private final Clock clock;

    PagesService(ReadModelRepository readModel, DashboardConfig config, Clock clock) {
        this.readModel = readModel;
        this.config = config;
        this.clock = clock;
    }

    /** The views in {@code lang}, knowing the names the events brought and how recent the data is. */
    public Views views(String lang) {
        Map<String, String> stakeholderNames = new HashMap<>();
        for (Stakeholder s : readModel.stakeholders()) {
            if (s.name() != null) {
                stakeholderNames.put(s.code(), s.name());
            }
        }
        return new Views(lang, readModel.dataAsOf().orElse(null), readModel.areaNames(), stakeholderNames);
    }

    public OverviewPage overview(Views views, String area) {
        RecommendationFilter filter = new RecommendationFilter(area, null, null, null);
        return views.overview(area, readModel.countsByArea(filter), readModel.countsByStakeholder(filter),
                readModel.positionsByArea(filter), readModel.positionsByStakeholder(filter));
    }

    public ListPage list(Views views, RecommendationFilter f) {
        return views.list(f.area(), f.stakeholder(), f.status(), f.q(), readModel.recommendations(f));
    }

    public Optional<RecommendationPage> recommendation(Views views, int number) {
        return readModel.recommendation(number).map(r -> views.recommendation(r, readModel.changes(number),
                readModel.positions(number), readModel.positionChanges(number)));
    }

    public SessionsPage sessions(Views views, String body) {
        LinkedHashSet<String> bodies = new LinkedHashSet<>();
        readModel.sessions(null).forEach(s -> bodies.add(s.body()));
        return views.sessions(body, LocalDate.now(clock.withZone(ZoneOffset.UTC)), readModel.sessions(body), bodies,
                config.stakeholdersBaseUrl(), readModel.outcomes());
    }

    /**
     * A session's briefing: the recommendations addressed to its body's category (a body such as C34 acts for
     * MEMBER_STATES; a category is its own), their changes since the previous session of the same body, and how
     * that previous session ended (a briefing must not imply progress where the body adopted no report).
     */
    public Optional<BriefingPage> briefing(Views views, String id) {
        return readModel.session(id).map(s -> {
            String category = category(s.body());
            Session previous = readModel.previousSession(s).orElse(null);
            return views.briefing(s, readModel.outcome(s.id()).orElse(null),
                    readModel.recommendations(new RecommendationFilter(null, category, null, null)), previous,
                    previous == null ? null : readModel.outcome(previous.id()).orElse(null),
                    readModel.changesFor(category, previous == null ? null
                            : previous.startsOn().atStartOfDay().atOffset(ZoneOffset.UTC)));
        });
    }

    public NotFoundPage notFound(Views views, String path) {
        return views.notFound(path);
    }

    private String category(String body) {
        if (Arrays.stream(StakeholderCategory.values()).anyMatch(c -> c.name().equals(body))) {
            return body;
        }
        return readModel.stakeholder(body).map(Stakeholder::category).orElse(body);
    }
}

package org.a4p.dashboard.mapping;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.a4p.dashboard.api.BriefingPage;
import org.a4p.dashboard.api.ChartRow;
import org.a4p.dashboard.api.EvidenceLink;
import org.a4p.dashboard.api.Frame;
import org.a4p.dashboard.api.Link;
import org.a4p.dashboard.api.ListPage;
import org.a4p.dashboard.api.NotFoundPage;
import org.a4p.dashboard.api.Outcome;
import org.a4p.dashboard.api.OverviewPage;
import org.a4p.dashboard.api.PositionRow;
import org.a4p.dashboard.api.Rate;
import org.a4p.dashboard.api.RecommendationPage;
import org.a4p.dashboard.api.SessionRow;
import org.a4p.dashboard.api.SessionsPage;
import org.a4p.dashboard.api.TimelineEntry;
import org.a4p.dashboard.model.Position;
import org.a4p.dashboard.model.PositionChange;
import org.a4p.dashboard.model.PositionCount;
import org.a4p.dashboard.model.Recommendation;
import org.a4p.dashboard.model.Session;
import org.a4p.dashboard.model.SessionOutcome;
import org.a4p.dashboard.model.StatusChange;
import org.a4p.dashboard.model.StatusCount;
import org.a4p.events.AreaCode;
import org.a4p.events.EvidenceReference;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.PositionRates;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the pages' views in one language: labels from the message bundle, dates and percentages in the reader's
 * locale, links that keep the language. The report's texts (recommendations, area and stakeholder names) are passed
 * through as data, marked English. Nothing here escapes: the Qute HTML templates escape every value they print.
 */
public final class Views {

    /** Statuses that mean the recommendation was accepted (and may have gone further, or stalled after). */
    static final Set<String> ACCEPTED_OR_FURTHER = Set.of(RecommendationStatus.ACCEPTED.name(),
            RecommendationStatus.IN_PROGRESS.name(), RecommendationStatus.IMPLEMENTED.name(),
            RecommendationStatus.STALLED.name());
    static final String REPORT_LANGUAGE = "en";
    private static final int EXCERPT = 180;

    private final String lang;
    private final Locale locale;
    private final Msg msg;
    private final Map<String, String> areaNames;
    private final Map<String, String> stakeholderNames;
    private final String asOf;

    /**
     * @param areaNames        the report's area names by code, as the events brought them
     * @param stakeholderNames stakeholder names by code, as the events brought them
     */
    public Views(String lang, OffsetDateTime dataAsOf, Map<String, String> areaNames, Map<String, String> stakeholderNames) {
        this.lang = lang;
        this.locale = Languages.locale(lang);
        this.msg = MessageBundles.get(Msg.class, Localized.Literal.of(lang));
        this.areaNames = areaNames;
        this.stakeholderNames = stakeholderNames;
        this.asOf = dataAsOf == null ? null : dateTime(dataAsOf);
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return locale;
    }

    // --- pages -------------------------------------------------------------------------------------------------

    public OverviewPage overview(String area, List<StatusCount> byArea, List<StatusCount> byStakeholder,
                                 List<PositionCount> positionsByArea, List<PositionCount> positionsByStakeholder) {
        List<OverviewPage.Legend> legend = Arrays.stream(RecommendationStatus.values())
                .map(s -> new OverviewPage.Legend(s.name(), status(s.name()), href("/recommendations", "area", area, "status", s.name())))
                .toList();
        List<String> areas = area != null ? List.of(area) : Arrays.stream(AreaCode.values()).map(Enum::name).toList();
        List<ChartRow> areaRows = rows(areas, byArea, positionsByArea, code -> new Link(areaName(code), href("/", "area", code), REPORT_LANGUAGE, code.equals(area)));
        List<String> stakeholders = new ArrayList<>(Arrays.stream(StakeholderCategory.values()).map(Enum::name).toList());
        java.util.stream.Stream.concat(byStakeholder.stream().map(StatusCount::group), positionsByStakeholder.stream().map(PositionCount::group))
                .filter(g -> !stakeholders.contains(g)).sorted().distinct().forEach(stakeholders::add);
        List<ChartRow> stakeholderRows = rows(stakeholders, byStakeholder, positionsByStakeholder, code -> new Link(stakeholderName(code),
                href("/recommendations", "area", area, "stakeholder", code), REPORT_LANGUAGE, false));
        int total = byArea.stream().mapToInt(StatusCount::count).sum();
        Link filter = area == null ? null : new Link(areaName(area), href("/recommendations", "area", area), REPORT_LANGUAGE, true);
        return new OverviewPage(frame(msg.overviewTitle(), "/", "area", area), total, legend, areaRows, stakeholderRows,
                filter, href("/"));
    }

    public ListPage list(String area, String stakeholder, String status, String q, List<Recommendation> found) {
        List<Link> statuses = new ArrayList<>();
        statuses.add(new Link(msg.all(), href("/recommendations", "area", area, "stakeholder", stakeholder, "q", q), lang, status == null));
        for (RecommendationStatus s : RecommendationStatus.values()) {
            statuses.add(new Link(status(s.name()), href("/recommendations", "area", area, "stakeholder", stakeholder,
                    "status", s.name(), "q", q), lang, s.name().equals(status)));
        }
        List<Link> areas = new ArrayList<>();
        areas.add(new Link(msg.all(), href("/recommendations", "stakeholder", stakeholder, "status", status, "q", q), lang, area == null));
        for (AreaCode a : AreaCode.values()) {
            areas.add(new Link(areaName(a.name()), href("/recommendations", "area", a.name(), "stakeholder", stakeholder,
                    "status", status, "q", q), REPORT_LANGUAGE, a.name().equals(area)));
        }
        return new ListPage(frame(msg.navRecommendations(), "/recommendations", "area", area, "stakeholder", stakeholder,
                "status", status, "q", q), statuses, areas, q, lang, found.stream().map(this::row).toList());
    }

    public RecommendationPage recommendation(Recommendation r, List<StatusChange> changes, List<Position> positions,
                                             List<PositionChange> positionChanges) {
        List<Link> stakeholders = r.stakeholders().stream().map(code -> new Link(stakeholderName(code),
                href("/recommendations", "stakeholder", code), REPORT_LANGUAGE, false)).toList();
        return new RecommendationPage(frame(msg.recommendationTitle(r.number()), "/recommendations/" + r.number()),
                r.number(), r.text(), r.stakeholderAction(), r.context(),
                new Link(areaName(r.area()), href("/recommendations", "area", r.area()), REPORT_LANGUAGE, false),
                r.a4pParagraph(), stakeholders, r.status(), status(r.status()),
                r.statusChangedAt() == null ? null : msg.since(date(r.statusChangedAt())),
                positions.stream().map(this::position).toList(), timeline(changes, positionChanges));
    }

    public SessionsPage sessions(String body, LocalDate today, List<Session> sessions, Set<String> bodies, String icsBase,
                                 Map<String, SessionOutcome> outcomes) {
        List<SessionRow> upcoming = sessions.stream().filter(s -> !end(s).isBefore(today))
                .map(s -> session(s, outcomes.get(s.id()))).toList();
        List<SessionRow> past = new ArrayList<>(sessions.stream().filter(s -> end(s).isBefore(today))
                .map(s -> session(s, outcomes.get(s.id()))).toList());
        java.util.Collections.reverse(past);
        List<Link> bodyLinks = new ArrayList<>();
        bodyLinks.add(new Link(msg.all(), href("/sessions"), lang, body == null));
        for (String b : new LinkedHashSet<>(bodies)) {
            bodyLinks.add(new Link(stakeholderName(b), href("/sessions", "body", b), REPORT_LANGUAGE, b.equals(body)));
        }
        return new SessionsPage(frame(msg.sessionsTitle(), "/sessions", "body", body), upcoming.isEmpty() ? null : upcoming.get(0),
                upcoming, past, bodyLinks, Hrefs.of(icsBase.replaceAll("/+$", "") + "/sessions.ics", "body", body));
    }

    /** @param previous the previous session of the same body, or null; {@code previousOutcome} how it ended, or null */
    public BriefingPage briefing(Session s, SessionOutcome outcome, List<Recommendation> addressed, Session previous,
                                 SessionOutcome previousOutcome, List<StatusChange> changes) {
        return new BriefingPage(frame(msg.briefingTitle(), "/briefings/" + Hrefs.pathSegment(s.id())), session(s, outcome),
                previous == null ? null : session(previous, previousOutcome),
                addressed.stream().map(this::row).toList(), previous == null ? null : date(previous.startsOn()),
                changes.stream().map(c -> entry(c, true)).toList());
    }

    public NotFoundPage notFound(String path) {
        return new NotFoundPage(frame(msg.notFoundTitle(), path));
    }

    // --- parts -------------------------------------------------------------------------------------------------

    /** The frame of a page at {@code path} whose filters are {@code keysAndValues}; the switcher keeps them. */
    Frame frame(String title, String path, String... keysAndValues) {
        List<Link> languages = Languages.NAMES.entrySet().stream().map(e -> {
            String[] withLang = Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
            withLang[keysAndValues.length] = "lang";
            withLang[keysAndValues.length + 1] = e.getKey();
            return new Link(e.getValue(), Hrefs.of(path, withLang), e.getKey(), e.getKey().equals(lang));
        }).toList();
        return new Frame(lang, Languages.direction(lang), title, href("/"), href("/recommendations"), href("/sessions"),
                languages, asOf);
    }

    private List<ChartRow> rows(List<String> groups, List<StatusCount> counts, List<PositionCount> positions,
                                Function<String, Link> link) {
        List<ChartRow> rows = new ArrayList<>();
        for (String group : groups) {
            List<Integer> perStatus = Arrays.stream(RecommendationStatus.values())
                    .map(s -> counts.stream().filter(c -> c.group().equals(group) && c.status().equals(s.name()))
                            .mapToInt(StatusCount::count).sum()).toList();
            int total = perStatus.stream().mapToInt(Integer::intValue).sum();
            List<ChartRow.Segment> segments = new ArrayList<>();
            double x = 0;
            RecommendationStatus[] statuses = RecommendationStatus.values();
            for (int i = 0; i < statuses.length; i++) {
                if (perStatus.get(i) > 0) {
                    double width = 100.0 * perStatus.get(i) / total;
                    segments.add(new ChartRow.Segment(statuses[i].name(), svgNumber(x), svgNumber(width)));
                    x += width;
                }
            }
            int accepted = 0;
            for (int i = 0; i < statuses.length; i++) {
                accepted += ACCEPTED_OR_FURTHER.contains(statuses[i].name()) ? perStatus.get(i) : 0;
            }
            int implemented = perStatus.get(RecommendationStatus.IMPLEMENTED.ordinal());
            PositionRates rates = PositionRates.NONE;
            for (PositionCount p : positions) {
                if (p.group().equals(group)) {
                    PositionAcceptance acceptance = PositionAcceptance.valueOf(p.acceptance());
                    PositionImplementation implementation = PositionImplementation.valueOf(p.implementation());
                    for (int i = 0; i < p.count(); i++) {
                        rates = rates.plus(acceptance, implementation);
                    }
                }
            }
            rows.add(new ChartRow(link.apply(group), perStatus, total, segments, share(accepted, total), share(implemented, total),
                    rate(rates.acceptanceRate(), rates.accepted(), rates.decided(), msg.noDecisionYet()),
                    rate(rates.implementationRate(), rates.implemented(), rates.accepted(), msg.noAcceptanceYet())));
        }
        return rows;
    }

    private ListPage.Row row(Recommendation r) {
        String text = r.text() == null ? "" : r.text();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, text.lastIndexOf(' ', EXCERPT) > 0
                ? text.lastIndexOf(' ', EXCERPT) : EXCERPT) + " …";
        return new ListPage.Row(r.number(), href("/recommendations/" + r.number()), r.status(), status(r.status()),
                areaName(r.area()), excerpt);
    }

    private TimelineEntry entry(StatusChange c, boolean withRecommendation) {
        Link recommendation = withRecommendation
                ? new Link(msg.recommendationTitle(c.number()), href("/recommendations/" + c.number()), lang, false) : null;
        List<EvidenceLink> evidence = c.evidenceUrl() == null || c.evidenceUrl().isBlank() ? List.of()
                : List.of(new EvidenceLink(c.evidenceUrl(), Hrefs.safeExternal(c.evidenceUrl())));
        return new TimelineEntry(recommendation, dateTime(c.at()), null, c.from() == null ? null : status(c.from()),
                status(c.to()), c.by(), c.note(), evidence);
    }

    private TimelineEntry entry(PositionChange c) {
        String to = PositionChangeKind.REMOVED.name().equals(c.change()) ? msg.positionRemoved()
                : position(c.acceptance(), c.implementation());
        String from = c.previousAcceptance() == null ? null : position(c.previousAcceptance(), c.previousImplementation());
        return new TimelineEntry(null, dateTime(c.at()), stakeholderLink(c.stakeholder()), from, to, c.by(), c.note(),
                evidence(c.evidence()));
    }

    /** Status and position changes together, oldest first. */
    private List<TimelineEntry> timeline(List<StatusChange> changes, List<PositionChange> positionChanges) {
        record Dated(OffsetDateTime at, TimelineEntry entry) {
        }
        List<Dated> all = new ArrayList<>();
        changes.forEach(c -> all.add(new Dated(c.at(), entry(c, false))));
        positionChanges.forEach(c -> all.add(new Dated(c.at(), entry(c))));
        return all.stream().sorted(java.util.Comparator.comparing(Dated::at)).map(Dated::entry).toList();
    }

    private PositionRow position(Position p) {
        return new PositionRow(stakeholderLink(p.stakeholder()), p.acceptance(), acceptance(p.acceptance()),
                p.implementation(), implementation(p.implementation()), p.note(), evidence(p.evidence()),
                p.changedAt() == null ? null : date(p.changedAt()));
    }

    private String position(String acceptance, String implementation) {
        return acceptance(acceptance) + " / " + implementation(implementation);
    }

    private Link stakeholderLink(String code) {
        return new Link(stakeholderName(code), href("/recommendations", "stakeholder", code), REPORT_LANGUAGE, false);
    }

    /** A reference's text is its symbol (with paragraph) and title, or its URL; only an http(s) URL becomes a link. */
    private List<EvidenceLink> evidence(List<EvidenceReference> references) {
        return references.stream().map(e -> {
            List<String> parts = new ArrayList<>();
            if (e.symbol() != null && !e.symbol().isBlank()) {
                parts.add(e.paragraph() == null || e.paragraph().isBlank() ? e.symbol() : e.symbol() + ", " + msg.paragraphShort(e.paragraph()));
            }
            if (e.title() != null && !e.title().isBlank()) {
                parts.add(e.title());
            }
            if (parts.isEmpty() && e.url() != null) {
                parts.add(e.url());
            }
            return new EvidenceLink(String.join(" · ", parts), Hrefs.safeExternal(e.url()));
        }).toList();
    }

    private SessionRow session(Session s, SessionOutcome outcome) {
        String dates = s.endsOn() == null || s.endsOn().equals(s.startsOn()) ? date(s.startsOn())
                : date(s.startsOn()) + " – " + date(s.endsOn());
        return new SessionRow(s.id(), s.title(), new Link(stakeholderName(s.body()), href("/sessions", "body", s.body()),
                REPORT_LANGUAGE, false), dates, s.location(), s.tentative(), href("/briefings/" + Hrefs.pathSegment(s.id())),
                outcome == null ? null : new Outcome(outcome.outcome(), outcome(outcome.outcome()), outcome.documentSymbol(),
                        outcome.note()));
    }

    private static LocalDate end(Session s) {
        return s.endsOn() == null ? s.startsOn() : s.endsOn();
    }

    /** A path or query inside the dashboard, in this page's language. */
    private String href(String path, String... keysAndValues) {
        String[] withLang = Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
        withLang[keysAndValues.length] = "lang";
        withLang[keysAndValues.length + 1] = lang;
        return Hrefs.of(path, withLang);
    }

    public String status(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "PROPOSED" -> msg.statusProposed();
            case "UNDER_CONSIDERATION" -> msg.statusUnderConsideration();
            case "ACCEPTED" -> msg.statusAccepted();
            case "IN_PROGRESS" -> msg.statusInProgress();
            case "IMPLEMENTED" -> msg.statusImplemented();
            case "NOT_ACCEPTED" -> msg.statusNotAccepted();
            case "STALLED" -> msg.statusStalled();
            case "SUPERSEDED" -> msg.statusSuperseded();
            default -> code;
        };
    }

    public String acceptance(String code) {
        return switch (code) {
            case "PENDING" -> msg.acceptancePending();
            case "ACCEPTED" -> msg.acceptanceAccepted();
            case "PARTIALLY_ACCEPTED" -> msg.acceptancePartiallyAccepted();
            case "NOT_ACCEPTED" -> msg.acceptanceNotAccepted();
            case "NOT_RELEVANT" -> msg.acceptanceNotRelevant();
            default -> code;
        };
    }

    public String implementation(String code) {
        return switch (code) {
            case "NOT_STARTED" -> msg.implementationNotStarted();
            case "IN_PROGRESS" -> msg.implementationInProgress();
            case "STALLED" -> msg.implementationStalled();
            case "IMPLEMENTED" -> msg.implementationImplemented();
            default -> code;
        };
    }

    public String outcome(String code) {
        return switch (code) {
            case "REPORT_ADOPTED" -> msg.outcomeReportAdopted();
            case "NO_SUBSTANTIVE_REPORT" -> msg.outcomeNoSubstantiveReport();
            case "SUSPENDED" -> msg.outcomeSuspended();
            case "POSTPONED" -> msg.outcomePostponed();
            default -> code;
        };
    }

    /** A rate with the counts behind it; unknown (nothing to divide by) says so instead of showing 0 %. */
    private Rate rate(Double rate, int part, int whole, String unknown) {
        if (rate == null) {
            return new Rate(unknown, null);
        }
        return new Rate(msg.rate(NumberFormat.getPercentInstance(locale).format(rate), part, whole), svgNumber(100 * rate));
    }

    private String areaName(String code) {
        return areaNames.getOrDefault(code, code);
    }

    private String stakeholderName(String code) {
        return stakeholderNames.getOrDefault(code, code);
    }

    private String share(int part, int total) {
        if (total == 0) {
            return "0";
        }
        return part + " (" + NumberFormat.getPercentInstance(locale).format((double) part / total) + ")";
    }

    String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    }

    String date(OffsetDateTime t) {
        return date(t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    }

    /** Date and time in UTC, said so: readers are in every time zone. */
    String dateTime(OffsetDateTime t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(t.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()) + " UTC";
    }

    /** SVG coordinates are numbers with a dot, whatever the reader's locale. */
    private static String svgNumber(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

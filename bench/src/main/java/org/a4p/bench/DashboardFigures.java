package org.a4p.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.a4p.bench.Results.f;

/** What {@link DashboardPages} measured, and its tables and summary rows in bench/RESULTS.md. */
final class DashboardFigures {

    /**
     * A page: {@code label} keys its rows, {@code path} is what wrk requests, {@code profiled} the one URL weighed and
     * given to Lighthouse (for {@code /recommendations/{n}} the heaviest of 1..24).
     */
    record Page(String label, String path, String profiled) {
    }

    record PageLoad(Page page, Tools.Load load, String loadAvg) {
    }

    record Weight(Page page, String lang, long htmlBytes, long cssBytes, List<String> styles, String htmlEncoding, String cssEncoding) {
        long total() {
            return htmlBytes + cssBytes;
        }
    }

    /** Scores 0-100 as text (empty when Lighthouse gave none); {@code notes}: its runtime error or warnings. */
    record Score(Page page, String lang, String preset, String performance, String accessibility, String failedAudits, String fcpMs, String lcpMs,
                 String notes) {
    }

    static final String TARGET = "p99 ≤ 2× the API's read path p99 under the same load";
    static final String NOTES_KEY = "dashboard pages";
    /** KB as 1,000 bytes, the stricter reading of "under 100 KB". */
    static final long WEIGHT_LIMIT = 100_000;
    static final String LOADS = "Dashboard pages under load: each page (wrk) beside the API's read path, same settings";
    static final String WEIGHTS = "Dashboard page weight: HTML + the CSS it links, as served, English and Arabic";
    static final String LIGHTHOUSE = "Dashboard Lighthouse scores (performance, accessibility)";

    /** Why the dashboard rows are missing, when they are. */
    String failure;
    String eventsApplied = "";
    final Map<String, PageLoad> loads = new LinkedHashMap<>();
    final List<Weight> weights = new ArrayList<>();
    final List<Score> scores = new ArrayList<>();
    String lighthouseNotMeasured;
    String lighthouseVersion = "";
    String chromiumVersion = "";
    List<String> lighthousePresets = List.of();

    /** The summary rows: each page's p99 ratio, the heaviest page, the lowest Lighthouse scores. */
    void summary(Results.Table sum, Results.LoadPair read, BiFunction<String, Boolean, String> met) {
        if (failure != null || read == null) {
            sum.add("the dashboard's pages " + TARGET, "not measured: " + (failure != null ? failure : "no read path row in this run"), "—");
        }
        if (read != null) {
            for (PageLoad p : loads.values()) {
                double r = p.load().p99() / read.api().p99();
                sum.add("dashboard " + p.page().label() + ": " + TARGET, f("%.2f×", r) + " (" + f("%.2f", p.load().p99()) + " ms vs "
                        + f("%.2f", read.api().p99()) + " ms; " + p.load().errors() + " errors)", met.apply(NOTES_KEY, r <= 2.0 && p.load().errors() == 0));
            }
        }
        weights.stream().max(java.util.Comparator.comparingLong(Weight::total)).ifPresent(w ->
                sum.add("dashboard pages' weight (HTML + linked CSS, as served) < 100 KB, English and Arabic",
                        "heaviest " + kb(w.total()) + ": " + w.page().label() + " in " + w.lang() + " (" + encoding(w) + ")",
                        met.apply(NOTES_KEY, w.total() < WEIGHT_LIMIT)));
        if (lighthouseNotMeasured != null) {
            sum.add("dashboard Lighthouse performance and accessibility scores (recorded, no target)", "not measured: " + lighthouseNotMeasured, "—");
        } else if (!scores.isEmpty()) {
            sum.add("dashboard Lighthouse performance and accessibility scores (recorded, no target)", "lowest of " + scores.size()
                    + " runs (" + String.join(", ", lighthousePresets) + "): performance " + lowest(Score::performance) + ", accessibility " + lowest(Score::accessibility),
                    "recorded");
        }
    }

    List<Results.Table> tables(Results.LoadPair read) {
        List<Results.Table> tables = new ArrayList<>();
        Results.Table t = new Results.Table(LOADS, "page", "requested", "throughput /s", "p50 ms", "p99 ms", "**p99 / API read p99**",
                "errors", "load avg before");
        if (read != null) {
            t.add("API read path: `GET /recommendations/{number}` (recommendations-service)", "/recommendations/{n}, n random 1..24",
                    f("%.0f", read.api().perSecond()), f("%.2f", read.api().p50()), f("%.2f", read.api().p99()), "1.00× (reference)",
                    read.api().errors(), read.loadApi());
        }
        for (PageLoad p : loads.values()) {
            Tools.Load l = p.load();
            t.add(p.page().label(), p.page().path(), f("%.0f", l.perSecond()), f("%.2f", l.p50()), f("%.2f", l.p99()),
                    read == null ? "—" : "**" + f("%.2f×", l.p99() / read.api().p99()) + "**", l.errors(), p.loadAvg());
        }
        tables.add(t);

        Results.Table w = new Results.Table(WEIGHTS, "page and language", "requested", "HTML bytes", "CSS bytes (stylesheets)", "total",
                "Content-Encoding (HTML; CSS)", "under 100 KB?");
        for (Weight x : weights) {
            w.add(x.page().label() + " " + x.lang(), "`" + x.page().profiled() + "?lang=" + x.lang() + "`", x.htmlBytes(),
                    x.cssBytes() + " (" + String.join(", ", x.styles()) + ")", kb(x.total()), encoding(x), x.total() < WEIGHT_LIMIT ? "yes" : "**no**");
        }
        tables.add(w);

        Results.Table lh = new Results.Table(LIGHTHOUSE, "page, language and emulation", "requested", "performance", "accessibility",
                "accessibility audits failed", "first contentful paint ms", "largest contentful paint ms", "notes");
        if (lighthouseNotMeasured != null) {
            lh.add("every page", "—", "not measured", "not measured", "—", "—", "—", lighthouseNotMeasured);
        }
        for (Score s : scores) {
            lh.add(s.page().label() + " " + s.lang() + " " + s.preset(), "`" + s.page().profiled() + "?lang=" + s.lang() + "`", orDash(s.performance()),
                    orDash(s.accessibility()), s.failedAudits().isEmpty() ? "none" : s.failedAudits(), orDash(s.fcpMs()), orDash(s.lcpMs()),
                    s.notes().isEmpty() ? "—" : s.notes().replace('|', '/'));
        }
        tables.add(lh);
        return tables;
    }

    /** The text under each table: how it was measured. */
    void explanations(Map<String, String> after, Bench.Settings s) {
        String session = loads.values().stream().map(p -> p.page().profiled()).filter(p -> p.startsWith("/briefings/")).findFirst()
                .map(p -> " The briefing is `" + p + "`, of the sessions stakeholders-service lists the one with the largest English briefing.").orElse("");
        after.put(LOADS, "\nEach page alone under wrk with the read path's settings (`-t" + s.threads() + " -c" + s.connections() + "`, "
                + s.warmupSeconds() + " s warm-up, then " + s.seconds() + " s), one after another right after the list path, in English "
                + "(wrk sends no `Accept-Language`). `/recommendations/{n}` asks for n at random in 1..24, like the read path's script." + session
                + " The API row is the read path's wrk row of this run. Before the first page the dashboard had applied every event the services had "
                + "published (" + (eventsApplied.isEmpty() ? "not checked" : eventsApplied) + ", its inbox counted against their outboxes). "
                + "The dashboard, the services, PostgreSQL and wrk share the same CPUs.\n");
        after.put(WEIGHTS, "\nEach page fetched once per language (`?lang=en`, `?lang=ar`) with `Accept-Encoding: " + DashboardPages.ACCEPT_ENCODING
                + "` as a browser sends it, and counted as served (Content-Encoding `identity`: not compressed); the CSS is every "
                + "`<link rel=\"stylesheet\">` of the page, fetched the same way. `/recommendations/{n}` is the recommendation with the largest "
                + "English page. KB = 1,000 bytes.\n");
        List<String> described = new ArrayList<>();
        if (lighthousePresets.contains("mobile")) {
            described.add("`mobile`: Lighthouse's default emulation, a phone (412 px wide screen, simulated slow 4G and 4× CPU slowdown), "
                    + "the stricter of its two presets");
        }
        if (lighthousePresets.contains("desktop")) {
            described.add("`desktop`: `--preset=desktop` (a 1350 × 940 screen, a fast connection, no CPU slowdown)");
        }
        String preset = String.join("; ", described) + " (`-Dbench.lighthouse-presets=mobile,desktop` runs both)";
        after.put(LIGHTHOUSE, lighthouseNotMeasured != null ? "" : "\n" + lighthouseVersion + " (npm, pinned in `bench/lighthouse`) with "
                + chromiumVersion + " (Debian's package, `CHROME_PATH`, flags `" + Lighthouse.CHROME_FLAGS + "`), "
                + "`--only-categories=performance,accessibility --output=json`, " + preset + ". One run per page and language, after the wrk "
                + "rows, while nothing else ran against the dashboard; reports in `bench/target/run/lighthouse/`.\n");
    }

    private String lowest(java.util.function.Function<Score, String> score) {
        return scores.stream().map(score).filter(v -> !v.isEmpty()).mapToInt(Integer::parseInt).min()
                .stream().mapToObj(String::valueOf).findFirst().orElse("none");
    }

    private static String encoding(Weight w) {
        return w.htmlEncoding() + "; " + w.cssEncoding();
    }

    private static String kb(long bytes) {
        return f("%.1f KB", bytes / 1000.0);
    }

    private static String orDash(String v) {
        return v.isEmpty() ? "—" : v;
    }
}

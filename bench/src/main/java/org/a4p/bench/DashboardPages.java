package org.a4p.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16's benchmark rows, run right after the read and list paths: once the dashboard's read model holds every
 * event the services published, each page's weight (HTML + the CSS it links, English and Arabic), each page under
 * the read path's wrk settings, then Lighthouse on each page while nothing else runs. Figures go to
 * {@link DashboardFigures}; a failure here is recorded there and the rest of the benchmark goes on.
 */
final class DashboardPages {

    /** What a browser sends: the weight is what it would be served. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";
    static final List<String> LANGUAGES = List.of("en", "ar");
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REL_STYLESHEET = Pattern.compile("\\brel\\s*=\\s*\"?[^\">]*\\bstylesheet\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final Bench bench;
    private final DashboardFigures figures;

    DashboardPages(Bench bench) {
        this.bench = bench;
        this.figures = bench.results.dashboard;
    }

    String base() {
        return bench.base(Bench.DASH);
    }

    void measure() {
        try {
            awaitReadModel();
            String session = heaviestBriefing();
            List<DashboardFigures.Page> pages = List.of(
                    new DashboardFigures.Page("`/` (overview)", "/", "/"),
                    new DashboardFigures.Page("`/recommendations` (list)", "/recommendations", "/recommendations"),
                    new DashboardFigures.Page("`/recommendations/{n}`", "/recommendations/{n}, n random 1..24",
                            "/recommendations/" + heaviestRecommendation()),
                    new DashboardFigures.Page("`/sessions`", "/sessions", "/sessions"),
                    new DashboardFigures.Page("`/briefings/{session}`", "/briefings/" + session, "/briefings/" + session));
            for (DashboardFigures.Page page : pages) {
                for (String lang : LANGUAGES) {
                    figures.weights.add(weigh(page, lang));
                }
            }
            for (DashboardFigures.Page page : pages) {
                load(page);
            }
            new Lighthouse(bench.root, bench.work.resolve("lighthouse"), figures).scores(base(), pages, LANGUAGES);
        } catch (Exception e) {
            figures.failure = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            System.out.println("[dashboard] not measured: " + figures.failure);
            e.printStackTrace(System.out);
        }
    }

    /**
     * Waits until the dashboard has applied every event of the services' outboxes (its inbox, processed_event, holds
     * as many of each topic as were published), then until each of the 24 recommendations has its page.
     */
    void awaitReadModel() throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        String missing = "";
        while (System.nanoTime() < deadline) {
            long recommendations = count("recommendations", "SELECT count(*) FROM outbox_event WHERE topic = 'recommendation-events' AND sent_at IS NOT NULL");
            long stakeholders = count("stakeholders", "SELECT count(*) FROM outbox_event WHERE topic = 'stakeholder-events' AND sent_at IS NOT NULL");
            long appliedRecommendations = count("dashboard", "SELECT count(*) FROM processed_event WHERE consumer = 'dashboard/recommendation-events'");
            long appliedStakeholders = count("dashboard", "SELECT count(*) FROM processed_event WHERE consumer = 'dashboard/stakeholder-events'");
            missing = (recommendations - appliedRecommendations) + " recommendation events and " + (stakeholders - appliedStakeholders)
                    + " stakeholder events not yet applied";
            if (recommendations > 0 && stakeholders > 0 && appliedRecommendations >= recommendations && appliedStakeholders >= stakeholders) {
                for (int n = 1; n <= 24; n++) {
                    HttpResponse<byte[]> r = get("/recommendations/" + n, "en");
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("the dashboard's read model holds every event but /recommendations/" + n + " answers " + r.statusCode());
                    }
                }
                System.out.printf("[dashboard] read model filled: %d recommendation and %d stakeholder events applied (%.1f s)%n",
                        appliedRecommendations, appliedStakeholders, (System.nanoTime() - t0) / 1e9);
                figures.eventsApplied = appliedRecommendations + " recommendation events and " + appliedStakeholders + " stakeholder events";
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the dashboard's read model was not filled within 180 s: " + missing);
    }

    private long count(String database, String sql) throws Exception {
        String out = Tools.run(List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(bench.pgPort()), "-U", "a4p", "-d", database,
                "-qAt", "-c", sql), Map.of("PGPASSWORD", "a4p"), 60).trim();
        return Long.parseLong(out);
    }

    /** Of the sessions stakeholders-service lists, the one whose English briefing is the largest (the worst case). */
    String heaviestBriefing() throws Exception {
        String body = bench.http.send(HttpRequest.newBuilder(URI.create(bench.base(Bench.STK) + "/sessions")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        String heaviest = null;
        int most = -1;
        for (String id : ids) {
            HttpResponse<byte[]> r = get("/briefings/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), "en");
            if (r.statusCode() == 200 && r.body().length > most) {
                heaviest = id;
                most = r.body().length;
            }
        }
        if (heaviest == null) {
            throw new IllegalStateException("no session of GET /sessions has a briefing page: " + ids);
        }
        return URLEncoder.encode(heaviest, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The recommendation of 1..24 whose English page is the largest, for the weight and Lighthouse rows. */
    int heaviestRecommendation() throws Exception {
        int heaviest = 1;
        int most = -1;
        for (int n = 1; n <= 24; n++) {
            int size = get("/recommendations/" + n, "en").body().length;
            if (size > most) {
                heaviest = n;
                most = size;
            }
        }
        return heaviest;
    }

    /** The page as a browser would be served it, with every stylesheet it links (fetched the same way). */
    DashboardFigures.Weight weigh(DashboardFigures.Page page, String lang) throws Exception {
        HttpResponse<byte[]> html = get(page.profiled(), lang);
        if (html.statusCode() != 200) {
            throw new IllegalStateException(page.profiled() + "?lang=" + lang + " answered " + html.statusCode());
        }
        String htmlEncoding = html.headers().firstValue("Content-Encoding").orElse("identity");
        String text = new String(decoded(html.body(), htmlEncoding), StandardCharsets.UTF_8);
        List<String> styles = new ArrayList<>();
        long cssBytes = 0;
        Set<String> cssEncodings = new LinkedHashSet<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            Matcher href = HREF.matcher(link.group());
            if (REL_STYLESHEET.matcher(link.group()).find() && href.find()) {
                URI css = URI.create(base() + page.profiled()).resolve(href.group(1).replace("&amp;", "&"));
                HttpResponse<byte[]> r = bench.http.send(browserRequest(css).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("stylesheet " + css + " of " + page.profiled() + " answered " + r.statusCode());
                }
                styles.add(css.getPath());
                cssBytes += r.body().length;
                cssEncodings.add(r.headers().firstValue("Content-Encoding").orElse("identity"));
            }
        }
        return new DashboardFigures.Weight(page, lang, html.body().length, cssBytes, styles, htmlEncoding,
                cssEncodings.isEmpty() ? "—" : String.join(", ", cssEncodings));
    }

    /** The page under wrk with the read path's settings: the same warm-up, threads, connections and duration. */
    void load(DashboardFigures.Page page) throws Exception {
        Bench.Settings s = bench.s;
        String request = page.path().startsWith("/recommendations/{n}")
                ? "wrk.format(\"GET\", \"/recommendations/\" .. math.random(1, 24))"
                : "wrk.format(\"GET\", \"" + page.profiled() + "\")";
        Path lua = bench.writeResource("dashboard-" + page.profiled().replaceAll("[^A-Za-z0-9]+", "-") + ".lua", """
                -- the dashboard's page %s (English: wrk sends no Accept-Language)
                math.randomseed(os.time())
                request = function()
                  return %s
                end
                """.formatted(page.path(), request));
        System.out.println("[dashboard] " + page.path() + ": wrk warm-up " + s.warmupSeconds() + " s");
        Tools.wrk(base(), lua, s.threads(), s.connections(), s.warmupSeconds());
        String load = Bench.load();
        Tools.Load l = Tools.wrk(base(), lua, s.threads(), s.connections(), s.seconds());
        System.out.printf("[dashboard] %s: wrk %.0f req/s p50 %.2f ms p99 %.2f ms errors %d%n", page.path(), l.perSecond(), l.p50(), l.p99(), l.errors());
        figures.loads.put(page.label(), new DashboardFigures.PageLoad(page, l, load));
    }

    HttpResponse<byte[]> get(String path, String lang) throws IOException, InterruptedException {
        URI uri = URI.create(base() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        return bench.http.send(browserRequest(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpRequest.Builder browserRequest(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", "text/html,application/xhtml+xml,text/css,*/*;q=0.8")
                .header("Accept-Encoding", ACCEPT_ENCODING);
    }

    /** The page's text, to find its links in; the weight stays the bytes as served. */
    static byte[] decoded(byte[] body, String encoding) throws IOException {
        return switch (encoding.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "identity" -> body;
            case "gzip" -> new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            case "deflate" -> new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            default -> throw new IllegalStateException("the dashboard answered with Content-Encoding " + encoding
                    + ", which this tool cannot decode to find the page's stylesheets");
        };
    }
}

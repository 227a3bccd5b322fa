package org.a4p.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lighthouse (npm, pinned in bench/lighthouse, installed by bench/run.sh) against Debian's chromium: the performance
 * and accessibility scores of each dashboard page in each language, one Lighthouse run (its own browser) at a time.
 * Where node, the package or chromium is missing, the rows say so instead of a score.
 */
final class Lighthouse {

    /** Debian's chromium as the project's browser tests start it; nothing downloads a browser. */
    static final String CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
            + "--disable-component-update --disable-sync";

    /** Prints, tab-separated: performance, accessibility, failed accessibility audits, FCP ms, LCP ms, runtime error, warnings. */
    private static final String SCORES_JS = """
            const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
            const c = r.categories || {};
            const score = k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : '';
            const failed = ((c.accessibility || {}).auditRefs || []).map(a => r.audits[a.id])
              .filter(a => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map(a => a.id);
            const ms = id => r.audits[id] && r.audits[id].numericValue !== undefined ? Math.round(r.audits[id].numericValue) : '';
            console.log([score('performance'), score('accessibility'), failed.join(' '), ms('first-contentful-paint'),
              ms('largest-contentful-paint'), r.runtimeError ? r.runtimeError.code : '',
              (r.runWarnings || []).map(w => w.replace(/\\s*Learn more[^\\[]*\\[[^\\]]*\\]\\([^)]*\\)\\.?/g, '')
                .replace(/\\s+/g, ' ').trim()).join(' / ')].join('\\t'));
            """;

    private final Path root;
    private final Path out;
    private final DashboardFigures figures;
    /** Lighthouse's emulations to run: {@code mobile} (its default) and/or {@code desktop} ({@code --preset=desktop}). */
    private final List<String> presets = List.of(System.getProperty("bench.lighthouse-presets", "mobile").split(",")).stream()
            .map(String::trim).filter(p -> !p.isEmpty()).toList();

    Lighthouse(Path root, Path out, DashboardFigures figures) {
        this.root = root;
        this.out = out;
        this.figures = figures;
    }

    void scores(String base, List<DashboardFigures.Page> pages, List<String> languages) throws Exception {
        Path cli = root.resolve("bench/lighthouse/node_modules/.bin/lighthouse");
        String chromium = onPath("chromium");
        if (onPath("node") == null) {
            figures.lighthouseNotMeasured = "no Node.js on this machine (bench/run.sh installs Lighthouse with npm when node and npm are present)";
        } else if (!Files.isExecutable(cli)) {
            figures.lighthouseNotMeasured = "Lighthouse is not installed (bench/run.sh runs npm ci in bench/lighthouse when node and npm are present)";
        } else if (chromium == null) {
            figures.lighthouseNotMeasured = "no chromium on this machine (bench/run.sh installs Debian's chromium package)";
        }
        if (figures.lighthouseNotMeasured != null) {
            System.out.println("[dashboard] Lighthouse not run: " + figures.lighthouseNotMeasured);
            return;
        }
        Files.createDirectories(out);
        figures.lighthouseVersion = Tools.run(List.of(cli.toString(), "--version"), Map.of(), 60).trim();
        // Debian's /usr/bin/chromium is a shell wrapper that may print a line of its own first
        String version = Tools.run(List.of(chromium, "--version"), Map.of(), 60);
        figures.chromiumVersion = version.lines().filter(l -> l.startsWith("Chromium")).findFirst().orElse(version.trim());
        figures.lighthousePresets = presets;
        for (String preset : presets) {
            for (DashboardFigures.Page page : pages) {
                for (String lang : languages) {
                    String url = base + page.profiled() + "?lang=" + lang;
                    Path json = out.resolve(page.profiled().replaceAll("[^A-Za-z0-9]+", "-") + "-" + lang + "-" + preset + ".json");
                    System.out.println("[dashboard] Lighthouse (" + preset + ") " + url);
                    figures.scores.add(run(cli, chromium, preset, page, lang, url, json));
                }
            }
        }
    }

    private DashboardFigures.Score run(Path cli, String chromium, String preset, DashboardFigures.Page page, String lang, String url, Path json) {
        List<String> command = new ArrayList<>(List.of(cli.toString(), url, "--only-categories=performance,accessibility",
                "--output=json", "--output-path=" + json, "--quiet", "--chrome-flags=" + CHROME_FLAGS));
        if (preset.equals("desktop")) {
            command.add("--preset=desktop");
        } else if (!preset.equals("mobile")) {
            throw new IllegalArgumentException("bench.lighthouse-presets: mobile or desktop, not " + preset);
        }
        try {
            Files.deleteIfExists(json);
            Tools.run(command, Map.of("CHROME_PATH", chromium), 300);
            String[] c = Tools.run(List.of("node", "-e", SCORES_JS, json.toString()), Map.of(), 60).replaceAll("\\R+$", "").split("\t", -1);
            return new DashboardFigures.Score(page, lang, preset, c[0], c[1], c[2], c[3], c[4], c[5].isEmpty() ? c[6] : c[5] + "; " + c[6]);
        } catch (Exception e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replace('|', '/');
            System.out.println("[dashboard] Lighthouse failed on " + url + ": " + e.getMessage());
            return new DashboardFigures.Score(page, lang, preset, "", "", "", "", "", "not measured: " + why);
        }
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}

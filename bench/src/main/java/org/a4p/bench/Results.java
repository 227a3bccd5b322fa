package org.a4p.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** What the run measured, and bench/RESULTS.md made from it. Only measured values go in; misses get their reasons. */
final class Results {

    record LoadPair(String label, Tools.Load api, Tools.Load pg, String loadApi, String loadPg) {
    }

    record FanOut(int subscriptions, long delivered, long duplicates, double seconds, String load) {
    }

    private final Path root;
    private final Bench.Settings s;
    private final String started = Bench.now();
    private final List<String> notes = new ArrayList<>();
    String machine;
    String versions;
    String jvmOptions = "";
    final Map<String, Long> coldStartMs = new LinkedHashMap<>();
    final Map<String, Long> restartMs = new LinkedHashMap<>();
    final Map<String, String> startProbe = new LinkedHashMap<>();
    final Map<String, Long> rssKb = new LinkedHashMap<>();
    /** SIGTERM to the end of the process, of each service after its first start (Ctrl-C of ./run.sh waits for the slowest). */
    final Map<String, Long> stopMs = new LinkedHashMap<>();
    final Map<String, LoadPair> loads = new LinkedHashMap<>();
    Tools.Load httpFloor;
    String httpFloorLoad;
    String mallocArenas = "";
    Tools.Latency event;
    Tools.Latency kafka;
    String eventLoad;
    String kafkaLoad;
    long eventLost;
    final List<FanOut> fanouts = new ArrayList<>();

    Results(Path root, Bench.Settings s) {
        this.root = root;
        this.s = s;
    }

    void note(String text) {
        notes.add(text);
    }

    void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D+", ""))).orElse(-1L);
        machine = String.format(Locale.ROOT, "%d CPUs (nproc), %.1f GiB memory, %s; load averages (1/5/15 min) at start: %s",
                Runtime.getRuntime().availableProcessors(), memKb / 1024.0 / 1024.0, cpu, Bench.load());
    }

    void versions(Path apps, Properties infra) throws Exception {
        String quarkus = jarVersion(apps.resolve("recommendations-service/target/quarkus-app/lib/main"), "io.quarkus.quarkus-core-");
        String kafkaVersion = "unknown";
        for (String entry : Files.readString(root.resolve("a4p-testinfra/target/infra.classpath")).split(":")) {
            String file = Path.of(entry).getFileName().toString();
            if (file.startsWith("kafka-clients-")) {
                kafkaVersion = file.substring("kafka-clients-".length(), file.length() - 4);
            }
        }
        String pg = Tools.run(List.of("psql", "-h", "127.0.0.1", "-p", infra.getProperty("postgres.port"), "-U", "a4p",
                "-tAc", "show server_version", "recommendations"), Map.of("PGPASSWORD", "a4p"), 30).trim();
        String wrk = Tools.run(List.of("sh", "-c", "wrk --version 2>&1 | head -1 || true"), Map.of(), 10).trim();
        String pgbench = Tools.run(List.of("pgbench", "--version"), Map.of(), 10).trim();
        versions = "JDK " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")"
                + "; Quarkus " + quarkus + "; Kafka " + kafkaVersion + " (single KRaft broker)"
                + "; PostgreSQL " + pg + " (zonky binaries; test settings fsync=off, synchronous_commit=off)"
                + "; " + wrk.replaceAll("\\s+Copyright.*", "") + "; " + pgbench;
    }

    private static String jarVersion(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, prefix + "*.jar")) {
            for (Path j : jars) {
                String f = j.getFileName().toString();
                return f.substring(prefix.length(), f.length() - 4);
            }
        }
        return "unknown";
    }

    void write() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# A4P Tracker — benchmark results\n\n");
        md.append("Produced by `bench/run.sh` (run started ").append(started).append(", finished ").append(Bench.now())
                .append("). Every figure below was measured by that run; nothing is typed in. ")
                .append("Ratios compare the system with a reference run side by side on the same machine, ")
                .append("because the machine is small and shared.\n\n");
        md.append("- **Machine:** ").append(machine).append('\n');
        md.append("- **Versions:** ").append(versions).append('\n');
        md.append("- **Services:** packaged fast-jars, one JVM each, `QUARKUS_PROFILE=local`, JVM options `")
                .append(jvmOptions).append("`, `MALLOC_ARENA_MAX=").append(mallocArenas).append("` (the first start writes a class-data-sharing archive at exit, `-XX:ArchiveClassesAtExit`; the restarted services use it, `-XX:SharedArchiveFile`, and are the ones measured)\n");
        md.append("- **Load settings:** wrk `-t").append(s.threads()).append(" -c").append(s.connections()).append(" -d")
                .append(s.seconds()).append("s` after a ").append(s.warmupSeconds()).append(" s warm-up; pgbench `-M prepared -c")
                .append(s.connections()).append(" -j").append(s.threads()).append(" -T").append(s.seconds())
                .append("` after a warm-up; ").append(s.events()).append(" status changes (after ").append(s.eventWarmup())
                .append(" warm-up changes); Kafka EndToEndLatency with ").append(s.events())
                .append(" messages of 1024 bytes, acks=all, after ").append(s.eventWarmup()).append(" warm-up messages in the same JVM\n\n");

        md.append("## Summary against the targets\n\n");
        md.append("| target | measured | met? |\n|---|---|---|\n");
        LoadPair read = loads.get("read");
        if (read != null) {
            double r = read.api().perSecond() / read.pg().perSecond();
            md.append(row("read path", "read path throughput ≥ 1.0× pgbench", f("%.2f×", r) + " (" + f("%.0f", read.api().perSecond())
                    + " req/s vs " + f("%.0f", read.pg().perSecond()) + " tps)", r >= 1.0));
        }
        if (event != null && kafka != null) {
            double r = event.p99() / Math.max(kafka.p99(), 1e-9);
            md.append(row("event path", "status change → webhook p99 ≤ 3× Kafka EndToEndLatency p99", f("%.1f×", r) + " (" + f("%.1f", event.p99())
                    + " ms vs " + f("%.0f", kafka.p99()) + " ms)", r <= 3.0));
        }
        for (FanOut fo : fanouts) {
            if (fo.subscriptions() >= 10_000) {
                md.append(row("fan-out", "10,000-subscriber fan-out ≤ 10 s", Double.isNaN(fo.seconds()) ? "not completed"
                        : f("%.2f s", fo.seconds()), !Double.isNaN(fo.seconds()) && fo.seconds() <= 10.0));
            }
        }
        for (String name : coldStartMs.keySet()) {
            Long restart = restartMs.get(name);
            md.append(row("start-up", name + ": first request ≤ 2 s after start (judged on a restart; the first start also migrates an empty database)",
                    "restart " + (restart == null ? "—" : restart + " ms") + ", first start " + coldStartMs.get(name) + " ms",
                    restart != null && restart <= 2000));
            Long rss = rssKb.get(name);
            if (rss != null) {
                md.append(row("memory", name + ": RSS ≤ 200 MB after the benchmark", f("%.0f MB", rss / 1024.0), rss / 1024.0 <= 200));
            }
        }

        md.append("\n## Read and list paths: service (wrk) vs PostgreSQL (pgbench), same query, same connections\n\n");
        md.append("| path | tool | throughput /s | p50 ms | p99 ms | mean ms | errors | load avg before |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, LoadPair> e : loads.entrySet()) {
            LoadPair p = e.getValue();
            md.append("| ").append(p.label()).append(" | wrk → service | ").append(f("%.0f", p.api().perSecond())).append(" | ")
                    .append(f("%.2f", p.api().p50())).append(" | ").append(f("%.2f", p.api().p99())).append(" | ")
                    .append(f("%.2f", p.api().avg())).append(" | ").append(p.api().errors()).append(" | ").append(p.loadApi()).append(" |\n");
            md.append("| ").append(e.getKey()).append(" SQL | pgbench → PostgreSQL | ").append(f("%.0f", p.pg().perSecond())).append(" | ")
                    .append(f("%.2f", p.pg().p50())).append(" | ").append(f("%.2f", p.pg().p99())).append(" | ")
                    .append(f("%.2f", p.pg().avg())).append(" | ").append(p.pg().errors()).append(" | ").append(p.loadPg()).append(" |\n");
            md.append("| ").append(e.getKey()).append(" **ratio** service/pgbench | | **")
                    .append(f("%.2f×", p.api().perSecond() / p.pg().perSecond())).append("** | ")
                    .append(f("%.1f×", p.api().p50() / p.pg().p50())).append(" | ").append(f("%.1f×", p.api().p99() / p.pg().p99()))
                    .append(" | | | |\n");
        }
        if (httpFloor != null) {
            md.append("| GET /q/health/live (no database: the HTTP stack alone) | wrk → service | ").append(f("%.0f", httpFloor.perSecond()))
                    .append(" | ").append(f("%.2f", httpFloor.p50())).append(" | ").append(f("%.2f", httpFloor.p99())).append(" | ")
                    .append(f("%.2f", httpFloor.avg())).append(" | ").append(httpFloor.errors()).append(" | ").append(httpFloorLoad).append(" |\n");
        }
        if (httpFloor != null && read != null) {
            md.append("\nThe HTTP stack alone (`GET /q/health/live`, no database) served ")
                    .append(f("%.2f×", httpFloor.perSecond() / read.pg().perSecond()))
                    .append(" of pgbench's read throughput in this run: that is the most any change behind the HTTP layer could reach.\n");
        }
        md.append("\nThe SQL scripts (`bench/target/run/read.sql`, `list.sql`) fetch in one statement everything the API returns ")
                .append("for the same request (row, area, stakeholders; for the list also the total count). ")
                .append("wrk, pgbench, PostgreSQL and the service all share the same 2 CPUs.\n");

        md.append("\n## Event path: status change → webhook vs Kafka's own EndToEndLatency on the same broker\n\n");
        md.append("| measurement | count | p50 ms | p99 ms | p99.9 ms | mean ms | load avg before |\n|---|---|---|---|---|---|---|\n");
        if (event != null) {
            md.append("| POST /recommendations/{n}/status → webhook at a local receiver | ").append(event.count()).append(" | ")
                    .append(f("%.2f", event.p50())).append(" | ").append(f("%.2f", event.p99())).append(" | ")
                    .append(f("%.2f", event.p999())).append(" | ").append(f("%.2f", event.avg())).append(" | ").append(eventLoad).append(" |\n");
        }
        if (kafka != null) {
            md.append("| kafka-tools EndToEndLatency (produce acks=all → consume) | ").append(kafka.count()).append(" | ")
                    .append(f("%.0f", kafka.p50())).append(" | ").append(f("%.0f", kafka.p99())).append(" | ")
                    .append(f("%.0f", kafka.p999())).append(" | ").append(f("%.2f", kafka.avg())).append(" | ").append(kafkaLoad).append(" |\n");
            md.append("| **ratio** (system / Kafka) | | ").append(ratio(event.p50(), kafka.p50())).append(" | **")
                    .append(ratio(event.p99(), kafka.p99())).append("** | ").append(ratio(event.p999(), kafka.p999())).append(" | ")
                    .append(ratio(event.avg(), kafka.avg())).append(" | |\n");
            md.append("\nOne change at a time: the next change is sent when the webhook of the previous one has arrived ")
                    .append("(as EndToEndLatency sends the next message when the previous one was consumed). Changes whose webhook ")
                    .append("did not come within 30 s: ").append(eventLost).append(". EndToEndLatency prints its percentiles as whole ")
                    .append("milliseconds (truncated), so its p99 may be up to 1 ms higher than shown; with that allowance the p99 ratio is ")
                    .append(ratio(event.p99(), kafka.p99() + 1)).append(".\n");
        }

        md.append("\n## Fan-out: one status change to N matching subscriptions\n\n");
        md.append("| subscriptions | webhooks received (distinct) | duplicates | time until all delivered | load avg before |\n|---|---|---|---|---|\n");
        for (FanOut fo : fanouts) {
            md.append("| ").append(fo.subscriptions()).append(" | ").append(fo.delivered()).append(" | ").append(fo.duplicates())
                    .append(" | ").append(Double.isNaN(fo.seconds()) ? "not completed in 300 s" : f("%.2f s", fo.seconds()))
                    .append(" | ").append(fo.load()).append(" |\n");
        }
        md.append("\nSubscriptions were created through `POST /subscriptions` before the change (setup, not timed), each with its own ")
                .append("target path, spread over ").append(s.receivers()).append(" local receivers. Time runs from just before the ")
                .append("`POST .../status` to the first arrival of the last distinct webhook.\n");

        md.append("\n## Start-up and memory\n\n");
        md.append("| service | first request probe | first start → first 200 (empty DB, migrations) | SIGTERM → exit | restart → first 200 | RSS after the benchmark |\n|---|---|---|---|---|---|\n");
        for (String name : coldStartMs.keySet()) {
            Long rss = rssKb.get(name);
            md.append("| ").append(name).append(" | `GET ").append(startProbe.get(name)).append("` | ").append(coldStartMs.get(name))
                    .append(" ms | ").append(stopMs.containsKey(name) ? stopMs.get(name) + " ms" : "—")
                    .append(" | ").append(restartMs.containsKey(name) ? restartMs.get(name) + " ms" : "—").append(" | ")
                    .append(rss == null ? "—" : f("%.0f MB", rss / 1024.0)).append(" |\n");
        }
        md.append("\nTime runs from just before the JVM process is created to the first HTTP 200 on the probe (polled every 10 ms). ")
                .append("Each service was started alone, first on an empty database, then stopped (SIGTERM, timed until the process ")
                .append("ended: Ctrl-C of ./run.sh waits for the slowest service, then Kafka and PostgreSQL) and restarted; the ")
                .append("measurements above ran against the restarted services.\n");

        md.append("\n## Notes\n\n");
        for (String n : notes) {
            md.append("- ").append(n).append('\n');
        }
        if (!missed.isEmpty()) {
            md.append("\n### Targets missed: why, and what was tried\n\n")
                    .append("(From `bench/NOTES.md`, written by hand and without figures; each section is included because this run missed its target.)\n\n");
            Map<String, String> sections = notesSections(root.resolve("bench/NOTES.md"));
            for (String key : missed) {
                md.append(sections.getOrDefault(key, "#### " + key + "\n\nNo note written for this target.\n")).append('\n');
            }
        }
        Files.writeString(root.resolve("bench/RESULTS.md"), md.toString());
    }

    /** The targets this run missed, in order, as section keys of bench/NOTES.md. */
    private final java.util.Set<String> missed = new java.util.LinkedHashSet<>();

    private String row(String key, String target, String measured, boolean met) {
        if (!met) {
            missed.add(key);
        }
        return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    /** bench/NOTES.md split at its "## key" headings. */
    static Map<String, String> notesSections(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        String key = null;
        StringBuilder b = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("## ")) {
                if (key != null) {
                    out.put(key, b.toString());
                }
                key = line.substring(3).trim();
                b = new StringBuilder("#### ").append(key).append('\n');
            } else if (key != null) {
                b.append(line).append('\n');
            }
        }
        if (key != null) {
            out.put(key, b.toString());
        }
        return out;
    }

    private static String ratio(double a, double b) {
        return b <= 0 ? "n/a (reference 0 ms)" : f("%.1f×", a / b);
    }

    static String f(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }
}

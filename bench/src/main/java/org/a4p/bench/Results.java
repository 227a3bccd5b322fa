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

    record FanOut(int subscriptions, long delivered, long duplicates, double seconds, String load, double floorSeconds,
                  long floorReceived, double setupSeconds) {
    }

    private final Path root;
    private final Bench.Settings s;
    private final String started = Bench.now();
    final List<String> notes = new ArrayList<>();
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
    Tools.Load nginx;
    String nginxLoad;
    String nginxVersion = "";
    String nginxContentType = "";
    int nginxBytes;
    final Map<String, StartupBreakdown.Result> breakdowns = new LinkedHashMap<>();
    String httpFloorLoad;
    String mallocArenas = "";
    Tools.Latency event;
    Tools.Latency kafka;
    String eventLoad;
    String kafkaLoad;
    long eventLost;
    final List<FanOut> fanouts = new ArrayList<>();
    final DashboardFigures dashboard = new DashboardFigures();

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

    /** One table of RESULTS.md: its rows are keyed by their first cell, so a later run's rows line up with this one's. */
    record Table(String title, List<String> header, List<List<String>> rows) {
        Table(String title, String... header) {
            this(title, List.of(header), new ArrayList<>());
        }

        void add(Object... cells) {
            List<String> row = new ArrayList<>();
            for (Object c : cells) {
                row.add(String.valueOf(c));
            }
            rows.add(row);
        }
    }

    /** Which run this is (bench/run.sh --runs N runs the benchmark N times, -Dbench.run=1..N). */
    final int run = Integer.getInteger("bench.run", 1);

    void write() throws IOException {
        List<Table> tables = tables();
        Path dir = root.resolve("bench/target");
        Files.createDirectories(dir);
        // this run's tables, for the next run's RESULTS.md to show beside its own
        StringBuilder tsv = new StringBuilder("S\t" + started + "\t" + Bench.now() + "\t" + Bench.load() + "\n");
        for (Table t : tables) {
            tsv.append("T\t").append(t.title()).append('\n');
            for (List<String> r : t.rows()) {
                tsv.append("R\t").append(String.join("\t", r)).append('\n');
            }
        }
        for (String key : missed) {
            tsv.append("M\t").append(key).append('\n');
        }
        Files.writeString(dir.resolve("results-run-" + run + ".tsv"), tsv.toString());
        List<Map<String, List<List<String>>>> earlier = new ArrayList<>();
        List<String> earlierTimes = new ArrayList<>();
        for (int i = 1; i < run; i++) {
            Path f = dir.resolve("results-run-" + i + ".tsv");
            Map<String, List<List<String>>> byTitle = new LinkedHashMap<>();
            if (Files.exists(f)) {
                String title = null;
                for (String line : Files.readAllLines(f)) {
                    String[] c = line.split("\t", -1);
                    switch (c[0]) {
                        case "S" -> earlierTimes.add("run " + i + " started " + c[1] + ", finished " + c[2]);
                        case "T" -> byTitle.put(title = c[1], new ArrayList<>());
                        case "R" -> byTitle.get(title).add(List.of(c).subList(1, c.length));
                        case "M" -> missed.add(c[1]);
                        default -> { }
                    }
                }
            }
            earlier.add(byTitle);
        }

        StringBuilder md = new StringBuilder();
        md.append("# A4P Tracker — benchmark results\n\n");
        md.append("Produced by `bench/run.sh`");
        if (run > 1) {
            md.append(" with `--runs ").append(run).append("` (").append(String.join("; ", earlierTimes)).append("; run ").append(run)
                    .append(" started ").append(started).append(", finished ").append(Bench.now())
                    .append("). Each table shows every run's figures side by side, run 1 first, so the spread shows. ");
        } else {
            md.append(" (run started ").append(started).append(", finished ").append(Bench.now()).append("). ");
        }
        md.append("Every figure below was measured by the run; nothing is typed in. Absolute times move by 2× between ")
                .append("machines of the same kind, so each target is a ratio to a floor measured in the same run on the same machine.\n\n");
        md.append("- **Machine:** ").append(machine).append('\n');
        md.append("- **Versions:** ").append(versions).append('\n');
        md.append("- **Services and the dashboard:** packaged fast-jars, one JVM each, `QUARKUS_PROFILE=local`, JVM options `")
                .append(jvmOptions).append("`, `MALLOC_ARENA_MAX=").append(mallocArenas).append("` (the first start writes a class-data-sharing archive at exit, `-XX:ArchiveClassesAtExit`; the restarted services use it, `-XX:SharedArchiveFile`, and are the ones measured). The start-up floor (`bench/floor-app`) and the fan-out floor's sender run with the same JVM options.\n");
        md.append("- **Load settings:** wrk `-t").append(s.threads()).append(" -c").append(s.connections()).append(" -d")
                .append(s.seconds()).append("s` after a ").append(s.warmupSeconds()).append(" s warm-up (the same for the service and nginx); pgbench `-M prepared -c")
                .append(s.connections()).append(" -j").append(s.threads()).append(" -T").append(s.seconds())
                .append("` after a warm-up; ").append(s.events()).append(" status changes (after ").append(s.eventWarmup())
                .append(" warm-up changes); Kafka EndToEndLatency with ").append(s.events())
                .append(" messages of 1024 bytes, acks=all, after ").append(s.eventWarmup()).append(" warm-up messages in the same JVM; fan-outs to ")
                .append(s.fanouts()).append(" subscriptions; the fan-out floor with ").append(s.senderConcurrency()).append(" requests in flight\n\n");

        Map<String, String> after = new LinkedHashMap<>();
        dashboard.explanations(after, s);
        after.put("Read, list and write paths: service (wrk) vs PostgreSQL (pgbench) vs nginx, same connections", "\nThe SQL scripts (`bench/target/run/read.sql`, `list.sql`, `write.sql`) do in PostgreSQL what the API does for the same request: "
                + "the read and list fetch in one statement everything the API returns (row, area, stakeholders; for the list also the total count); "
                + "the write runs the status change's transaction (Hibernate's locked load, history row, versioned update, outbox row and its "
                + "notification, commit) on a copy of the tables (schema `writebench`). nginx serves from files the bytes the service answered to "
                + "`GET /recommendations/1..24`" + (nginxBytes > 0 ? " (" + nginxBytes + " bytes on average, `Content-Type: " + nginxContentType + "`)" : "")
                + " under the same wrk script. wrk, pgbench, nginx, PostgreSQL and the service all share the same CPUs.\n");
        after.put("Event path: status change → webhook vs Kafka's own EndToEndLatency on the same broker", "\nOne change at a time: the next change is sent when the webhook of the previous one has arrived "
                + "(as EndToEndLatency sends the next message when the previous one was consumed). EndToEndLatency prints its percentiles as whole "
                + "milliseconds (truncated), so its p99 may be up to 1 ms higher than shown (the last row allows for that).\n");
        after.put("Fan-out: one status change to N matching subscriptions vs the sender alone", "\nSubscriptions were created through `POST /subscriptions` before the change (setup, timed but not part of the figure), each with its own "
                + "target path, spread over " + s.receivers() + " local receivers. The service's time runs from just before the `POST .../status` to the first "
                + "arrival of the last distinct webhook. The floor is one JVM (`FanOutFloor`) sending the same number of webhooks to the same receivers: the body "
                + "the service sent, its headers with both HMAC-SHA256 signatures computed per request, one connection per request and "
                + s.senderConcurrency() + " in flight as the service's sender; no database, no Kafka, no outcome recorded. After a warm-up in the same JVM (min(N, 2,000) webhooks to other paths), its time runs from its first send to its last answer.\n");
        after.put("Start-up and memory", "\nTime runs from just before the JVM process is created to the first HTTP 200 on the probe (polled every 10 ms). "
                + "Each was started alone three times: first on an empty database (writes the class-data-sharing archive at exit), then once for the "
                + "breakdown below, then the measured restart; the measurements above ran against the restarted services. The floor is `bench/floor-app`, "
                + "one `GET /hello` returning a constant, on the same Quarkus version and packaging, started the same way.\n");
        after.put("Start-up breakdown (the breakdown start, with the JVM's class-loading log)", "\nFrom the JVM's `-Xlog:class+load` log (wall-clock milliseconds) and the "
                + "service's own \"started in\" line: JVM start = process created → the fast-jar's main class loaded; Quarkus boot = main → \"started\"; "
                + "first request = \"started\" → first 200 on the probe (for recommendations-service the first Hibernate query). The boot is split like a "
                + "sampling profiler whose samples are class loads: each interval between two loads is charged to the subsystem whose class was loaded at "
                + "its start; waits (database, broker) are charged to the code that ran before them. Logging every class costs time of its own, so these "
                + "figures come from a start of their own, not from the measured restart.\n");

        for (Table t : tables) {
            md.append("\n## ").append(t.title()).append("\n\n");
            List<String> keys = new ArrayList<>();
            for (Map<String, List<List<String>>> e : earlier) {
                for (List<String> r : e.getOrDefault(t.title(), List.of())) {
                    if (!keys.contains(r.get(0))) {
                        keys.add(r.get(0));
                    }
                }
            }
            for (List<String> r : t.rows()) {
                if (!keys.contains(r.get(0))) {
                    keys.add(r.get(0));
                }
            }
            Map<String, List<List<String>>> versionsByKey = new LinkedHashMap<>();
            for (String key : keys) {
                List<List<String>> versions = new ArrayList<>();
                for (Map<String, List<List<String>>> e : earlier) {
                    versions.add(find(e.getOrDefault(t.title(), List.of()), key));
                }
                versions.add(find(t.rows(), key));
                versionsByKey.put(key, versions);
            }
            // a column whose cells are the same in every run (a tool's name, a probe) is shown once
            int columns = t.header().size();
            boolean[] same = new boolean[columns];
            for (int c = 1; c < columns; c++) {
                same[c] = true;
                for (List<List<String>> versions : versionsByKey.values()) {
                    java.util.Set<String> values = new java.util.HashSet<>();
                    for (List<String> v : versions) {
                        values.add(cell(v, c));
                    }
                    same[c] &= values.size() == 1;
                }
            }
            List<String> header = new ArrayList<>(List.of(t.header().get(0)));
            for (int c = 1; c < columns; c++) {
                for (int i = 1; i <= (same[c] ? 1 : run); i++) {
                    header.add(run > 1 && !same[c] ? t.header().get(c) + " (run " + i + ")" : t.header().get(c));
                }
            }
            md.append("| ").append(String.join(" | ", header)).append(" |\n|");
            md.append("---|".repeat(header.size())).append('\n');
            for (Map.Entry<String, List<List<String>>> e : versionsByKey.entrySet()) {
                md.append("| ").append(e.getKey());
                for (int c = 1; c < columns; c++) {
                    for (List<String> v : same[c] ? e.getValue().subList(0, 1) : e.getValue()) {
                        md.append(" | ").append(cell(v, c));
                    }
                }
                md.append(" |\n");
            }
            md.append(after.getOrDefault(t.title(), ""));
        }

        md.append("\n## Notes\n\n");
        for (String n : notes) {
            md.append("- ").append(run > 1 ? "(run " + run + ") " : "").append(n).append('\n');
        }
        if (!missed.isEmpty()) {
            md.append("\n### Targets missed: why, and what was tried\n\n")
                    .append("(From `bench/NOTES.md`, written by hand and without figures; each section is included because a run missed its target.)\n\n");
            Map<String, String> sections = notesSections(root.resolve("bench/NOTES.md"));
            for (String key : missed) {
                md.append(sections.getOrDefault(key, "#### " + key + "\n\nNo note written for this target.\n")).append('\n');
            }
        }
        Files.writeString(root.resolve("bench/RESULTS.md"), md.toString());
    }

    private static String cell(List<String> row, int c) {
        return row != null && c < row.size() ? row.get(c) : "—";
    }

    private static List<String> find(List<List<String>> rows, String key) {
        return rows.stream().filter(r -> r.get(0).equals(key)).findFirst().orElse(null);
    }

    /** This run's figures as tables; the summary first. */
    List<Table> tables() {
        Table sum = new Table("Summary against the targets", "target", "measured", "met?");
        LoadPair read = loads.get("read");
        if (read != null) {
            double r = read.api().perSecond() / read.pg().perSecond();
            sum.add("read path throughput ≥ 1.5× pgbench (same SQL, same connections)", f("%.2f×", r) + " (" + f("%.0f", read.api().perSecond())
                    + " req/s vs " + f("%.0f", read.pg().perSecond()) + " tps)", met("read path", r >= 1.5));
            if (nginx != null) {
                double n = read.api().perSecond() / nginx.perSecond();
                sum.add("read path throughput ≥ 0.5× nginx serving the same bytes", f("%.2f×", n) + " (" + f("%.0f", read.api().perSecond())
                        + " req/s vs " + f("%.0f", nginx.perSecond()) + " req/s)", met("read path", n >= 0.5));
            }
        }
        LoadPair write = loads.get("write");
        if (write != null) {
            double r = write.api().perSecond() / write.pg().perSecond();
            sum.add("write path (status change) throughput ≥ 0.5× pgbench running the same transaction", f("%.2f×", r) + " (" + f("%.0f", write.api().perSecond())
                    + " req/s vs " + f("%.0f", write.pg().perSecond()) + " tps; " + write.api().errors() + " errors)", met("write path", r >= 0.5 && write.api().errors() == 0));
        }
        if (event != null && kafka != null) {
            double r = event.p99() / Math.max(kafka.p99(), 1e-9);
            sum.add("status change → webhook p99 ≤ 3× Kafka EndToEndLatency p99", f("%.1f×", r) + " (" + f("%.1f", event.p99())
                    + " ms vs " + f("%.0f", kafka.p99()) + " ms)", met("event path", r <= 3.0));
        }
        boolean large = fanouts.stream().anyMatch(fo -> fo.subscriptions() >= 10_000);
        for (FanOut fo : fanouts) {
            if (large && fo.subscriptions() < 10_000) {
                continue;
            }
            double r = fo.seconds() / fo.floorSeconds();
            boolean complete = !Double.isNaN(fo.seconds()) && fo.delivered() == fo.subscriptions() && fo.duplicates() == 0;
            sum.add("fan-out to " + fo.subscriptions() + " subscriptions ≤ 2× the sender floor; 0 lost, 0 duplicates",
                    (Double.isNaN(fo.seconds()) ? "not completed" : f("%.1f×", r) + " (" + f("%.2f s", fo.seconds()) + " vs " + f("%.2f s", fo.floorSeconds()) + ")")
                            + "; " + (fo.subscriptions() - fo.delivered()) + " lost, " + fo.duplicates() + " duplicates",
                    met("fan-out", complete && r <= 2.0));
        }
        Long floorRestart = restartMs.get(Bench.FLOOR);
        for (String name : coldStartMs.keySet()) {
            if (name.equals(Bench.FLOOR)) {
                continue;
            }
            Long restart = restartMs.get(name);
            if (restart != null && floorRestart != null) {
                double r = (double) restart / floorRestart;
                sum.add(name + ": restart → first request ≤ 1.5× the minimal Quarkus app", f("%.1f×", r) + " (" + restart + " ms vs "
                        + floorRestart + " ms)", met("start-up", r <= 1.5));
            }
        }
        for (String name : rssKb.keySet()) {
            double mb = rssKb.get(name) / 1024.0;
            sum.add(name + ": RSS ≤ 160 MB after the benchmark", f("%.0f MB", mb), met("memory", mb <= 160));
        }
        dashboard.summary(sum, loads.get("read"), this::met);

        Table paths = new Table("Read, list and write paths: service (wrk) vs PostgreSQL (pgbench) vs nginx, same connections",
                "path", "tool", "throughput /s", "p50 ms", "p99 ms", "mean ms", "errors", "load avg before");
        for (Map.Entry<String, LoadPair> e : loads.entrySet()) {
            LoadPair p = e.getValue();
            paths.add(p.label(), "wrk → service", f("%.0f", p.api().perSecond()), f("%.2f", p.api().p50()), f("%.2f", p.api().p99()),
                    f("%.2f", p.api().avg()), p.api().errors(), p.loadApi());
            paths.add(e.getKey() + " SQL", "pgbench → PostgreSQL", f("%.0f", p.pg().perSecond()), f("%.2f", p.pg().p50()), f("%.2f", p.pg().p99()),
                    f("%.2f", p.pg().avg()), p.pg().errors(), p.loadPg());
            paths.add(e.getKey() + " **ratio** service/pgbench", "", "**" + f("%.2f×", p.api().perSecond() / p.pg().perSecond()) + "**",
                    f("%.1f×", p.api().p50() / p.pg().p50()), f("%.1f×", p.api().p99() / p.pg().p99()), "", "", "");
            if (e.getKey().equals("read") && nginx != null) {
                paths.add("read: the same bytes from files", "wrk → " + nginxVersion, f("%.0f", nginx.perSecond()), f("%.2f", nginx.p50()),
                        f("%.2f", nginx.p99()), f("%.2f", nginx.avg()), nginx.errors(), nginxLoad);
                paths.add("read **ratio** service/nginx", "", "**" + f("%.2f×", p.api().perSecond() / nginx.perSecond()) + "**",
                        f("%.1f×", p.api().p50() / nginx.p50()), f("%.1f×", p.api().p99() / nginx.p99()), "", "", "");
            }
        }
        if (httpFloor != null) {
            paths.add("GET /q/health/live (no database: the service's HTTP stack alone)", "wrk → service", f("%.0f", httpFloor.perSecond()),
                    f("%.2f", httpFloor.p50()), f("%.2f", httpFloor.p99()), f("%.2f", httpFloor.avg()), httpFloor.errors(), httpFloorLoad);
        }

        Table ev = new Table("Event path: status change → webhook vs Kafka's own EndToEndLatency on the same broker",
                "measurement", "count", "p50 ms", "p99 ms", "p99.9 ms", "mean ms", "lost", "load avg before");
        if (event != null) {
            ev.add("POST /recommendations/{n}/status → webhook at a local receiver", event.count(), f("%.2f", event.p50()), f("%.2f", event.p99()),
                    f("%.2f", event.p999()), f("%.2f", event.avg()), eventLost, eventLoad);
        }
        if (kafka != null && event != null) {
            ev.add("kafka-tools EndToEndLatency (produce acks=all → consume)", kafka.count(), f("%.0f", kafka.p50()), f("%.0f", kafka.p99()),
                    f("%.0f", kafka.p999()), f("%.2f", kafka.avg()), "", kafkaLoad);
            ev.add("**ratio** (system / Kafka)", "", ratio(event.p50(), kafka.p50()), "**" + ratio(event.p99(), kafka.p99()) + "**",
                    ratio(event.p999(), kafka.p999()), ratio(event.avg(), kafka.avg()), "", "");
            ev.add("ratio with Kafka's figures + 1 ms (truncation allowance)", "", ratio(event.p50(), kafka.p50() + 1), ratio(event.p99(), kafka.p99() + 1),
                    ratio(event.p999(), kafka.p999() + 1), "", "", "");
        }

        Table fan = new Table("Fan-out: one status change to N matching subscriptions vs the sender alone",
                "subscriptions", "webhooks received (distinct)", "duplicates", "service: time until all delivered", "floor: sender alone",
                "floor: received", "**ratio** service/floor", "setup (creating the subscriptions)", "load avg before");
        for (FanOut fo : fanouts) {
            fan.add(fo.subscriptions(), fo.delivered(), fo.duplicates(), Double.isNaN(fo.seconds()) ? "not completed" : f("%.2f s", fo.seconds()),
                    f("%.2f s", fo.floorSeconds()), fo.floorReceived(), "**" + f("%.1f×", fo.seconds() / fo.floorSeconds()) + "**",
                    f("%.1f s", fo.setupSeconds()), fo.load());
        }

        Table start = new Table("Start-up and memory", "service", "first request probe", "first start → first 200 (empty DB, migrations)",
                "SIGTERM → exit", "restart → first 200", "**ratio** restart / floor's restart", "RSS after the benchmark");
        for (String name : coldStartMs.keySet()) {
            Long rss = rssKb.get(name);
            Long restart = restartMs.get(name);
            start.add(name.equals(Bench.FLOOR) ? "floor: bench/floor-app (minimal Quarkus REST app)" : name, "`GET " + startProbe.get(name) + "`",
                    coldStartMs.get(name) + " ms", stopMs.containsKey(name) ? stopMs.get(name) + " ms" : "—",
                    restart == null ? "—" : restart + " ms",
                    restart == null || floorRestart == null ? "—" : "**" + f("%.1f×", (double) restart / floorRestart) + "**",
                    rss == null ? "—" : f("%.0f MB", rss / 1024.0));
        }

        List<String> header = new ArrayList<>(List.of("service", "JVM start (process → main)", "Quarkus boot (main → \"started\")",
                "Quarkus's own \"started in\"", "first request (\"started\" → first 200)", "classes loaded in the boot"));
        StartupBreakdown.GROUPS.forEach(g -> header.add(g.getKey()));
        header.add("other libraries");
        header.add("biggest cost");
        Table bd = new Table("Start-up breakdown (the breakdown start, with the JVM's class-loading log)", header, new ArrayList<>());
        for (Map.Entry<String, StartupBreakdown.Result> e : breakdowns.entrySet()) {
            StartupBreakdown.Result b = e.getValue();
            List<Object> row = new ArrayList<>(List.of(e.getKey().equals(Bench.FLOOR) ? "floor: bench/floor-app" : e.getKey(),
                    b.jvmReadyMs() + " ms", b.bootMs() + " ms", b.startedInMs() + " ms", b.firstRequestMs() + " ms", b.classes()));
            for (long[] g : b.bySubsystem().values()) {
                row.add(g[0] + " ms (" + g[1] + ")");
            }
            row.add(b.biggest());
            bd.add(row.toArray());
        }
        List<Table> all = new ArrayList<>(List.of(sum, paths));
        all.addAll(dashboard.tables(loads.get("read")));
        all.addAll(List.of(ev, fan, start, bd));
        return all;
    }

    /** The targets any run missed, in order, as section keys of bench/NOTES.md. */
    private final java.util.Set<String> missed = new java.util.LinkedHashSet<>();

    private String met(String key, boolean met) {
        if (!met) {
            missed.add(key);
        }
        return met ? "yes" : "**no**";
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

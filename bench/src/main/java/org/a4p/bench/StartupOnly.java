package org.a4p.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start-up and memory rows alone ({@code -Dbench.only=startup}), for trying start-up changes: the services and
 * the floor app started as the full run starts them (first start writing the class-data-sharing archive, a start
 * with the class-loading log for the breakdown), then {@code -Dbench.restarts} restarts of each (default 5). The
 * restarts alternate service and floor (service, floor, next service, floor, ...) so that whatever else loads the
 * machine meanwhile falls on both alike; the ratio is a service's median over the floor's median. Then each service's
 * RSS at rest and after a short wrk load on its reads. Prints only; writes nothing.
 */
final class StartupOnly {

    private static final List<String> SERVICES = List.of(Bench.REC, Bench.STK, Bench.NOT);

    private final Bench b;
    private final Map<String, List<Long>> restarts = new LinkedHashMap<>();

    StartupOnly(Bench bench) {
        this.b = bench;
    }

    void run() throws Exception {
        int rounds = Integer.getInteger("bench.restarts", 5);
        b.startInfra();
        b.publicKey = b.jwt.publicKey();
        System.out.println("JVM options: " + String.join(" ", b.s.jvmOptions()) + " (java " + System.getProperty("java.version") + ")");
        List<String> all = new ArrayList<>(SERVICES);
        all.add(Bench.FLOOR);
        for (String name : all) {
            b.ports.put(name, Bench.freePort());
            b.startAndTime(name, Bench.Start.FIRST);
            restarts.put(name, new ArrayList<>());
        }
        b.awaitServicesReady();
        for (String name : all) {
            b.services.remove(name).stop(Duration.ofSeconds(180)); // the archive is written at exit
            b.startAndTime(name, Bench.Start.BREAKDOWN);
        }
        for (int round = 0; round < rounds; round++) {
            for (String name : SERVICES) {
                restart(name);
                restart(Bench.FLOOR);
            }
        }
        b.services.remove(Bench.FLOOR).stop(Duration.ofSeconds(30));
        b.awaitServicesReady();
        report(rounds);
        memory();
    }

    private void restart(String name) throws Exception {
        b.services.remove(name).stop(Duration.ofSeconds(30));
        restarts.get(name).add(b.startAndTime(name, Bench.Start.RESTART));
    }

    private void report(int rounds) {
        double floor = median(restarts.get(Bench.FLOOR));
        System.out.printf("%n== restart → first 200, median of %d (load average %s)%n", rounds, load());
        System.out.printf("%-26s %8.0f ms  %s%n", "floor-app", floor, restarts.get(Bench.FLOOR));
        for (String name : SERVICES) {
            double ms = median(restarts.get(name));
            System.out.printf("%-26s %8.0f ms  %.2f× the floor (target ≤ 1.5×)  %s%n", name, ms, ms / floor, restarts.get(name));
        }
        System.out.println("\n== breakdown (the start with -Xlog:class+load): JVM start / Quarkus boot / \"started in\" / first request / classes");
        for (Map.Entry<String, StartupBreakdown.Result> e : b.results.breakdowns.entrySet()) {
            StartupBreakdown.Result r = e.getValue();
            System.out.printf("%-26s %5d / %5d / %5d / %5d ms / %d classes; biggest: %s%n", e.getKey(), r.jvmReadyMs(), r.bootMs(),
                    r.startedInMs(), r.firstRequestMs(), r.classes(), r.biggest());
            StringBuilder line = new StringBuilder("    ");
            r.bySubsystem().forEach((group, v) -> {
                if (v[1] > 0) {
                    line.append(group).append(' ').append(v[0]).append(" ms (").append(v[1]).append("); ");
                }
            });
            System.out.println(line);
        }
    }

    /** RSS after 10 s at rest, then after a short wrk load on each service's reads (not the full benchmark's). */
    private void memory() throws Exception {
        Thread.sleep(10_000);
        Map<String, Long> rest = new LinkedHashMap<>();
        for (String name : SERVICES) {
            rest.put(name, Bench.rssKb(b.services.get(name).pid()));
        }
        int seconds = Integer.getInteger("bench.startup-load-seconds", 10);
        load(Bench.REC, "read", "/recommendations/\" .. math.random(1, 24)", seconds);
        load(Bench.REC, "list", "/recommendations\"", seconds);
        load(Bench.STK, "stakeholders", "/stakeholders\"", seconds);
        load(Bench.NOT, "ready", "/q/health/ready\"", seconds);
        System.out.printf("%n== RSS (target ≤ 160 MB), load average %s%n", load());
        for (String name : SERVICES) {
            System.out.printf("%-26s at rest %5.0f MB, after the reads %5.0f MB%n", name, rest.get(name) / 1024.0,
                    Bench.rssKb(b.services.get(name).pid()) / 1024.0);
        }
    }

    private void load(String name, String key, String pathExpression, int seconds) throws Exception {
        Path lua = b.writeResource("startup-" + key + ".lua", "math.randomseed(os.time())\n"
                + "request = function() return wrk.format(\"GET\", \"" + pathExpression + ") end\n");
        Tools.Load l = Tools.wrk(b.base(name), lua, b.s.threads(), b.s.connections(), seconds);
        System.out.printf("[%s] %s: %.0f req/s, errors %d%n", name, key, l.perSecond(), l.errors());
    }

    private static String load() {
        try {
            return Bench.load();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}

package org.a4p.bench;

import org.a4p.infra.KafkaUsers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the reference tools (wrk, pgbench, Kafka's EndToEndLatency) and reads their figures. */
final class Tools {

    /** Throughput (per second) and latency percentiles (ms) of one load run; {@code errors} counts failed requests. */
    record Load(double perSecond, double p50, double p99, double avg, long errors, String raw) {
    }

    /** Latency percentiles in ms. */
    record Latency(double p50, double p99, double p999, double avg, int count, String raw) {
    }

    private Tools() {
    }

    /** Runs a command to its end (bounded by {@code timeoutSeconds}) and returns what it printed. */
    static String run(List<String> command, Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
        }
        reader.join(10_000);
        String text = new String(out[0] == null ? new byte[0] : out[0], StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + " from " + String.join(" ", command) + ":\n" + text);
        }
        return text;
    }

    /**
     * CPU seconds used so far by every process of the machine, by name: the given processes (service name to pid) by
     * their names, PostgreSQL's processes as "postgres", the rest by their command names. Read from /proc/[pid]/stat
     * (user + system time); a process that ends between two readings drops out of the difference.
     */
    static Map<String, Double> cpuSeconds(Map<String, Long> named) throws IOException {
        Map<Long, String> byPid = new HashMap<>();
        named.forEach((name, pid) -> byPid.put(pid, name));
        Map<String, Double> cpu = new TreeMap<>();
        double tick = 100.0; // USER_HZ on Linux
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String stat;
                try {
                    stat = Files.readAllLines(proc.resolve("stat")).get(0); // readString can come back short on /proc
                } catch (IOException gone) {
                    continue;
                }
                int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                String[] f = stat.substring(close + 2).split(" ");
                long pid = Long.parseLong(proc.getFileName().toString());
                String name = byPid.getOrDefault(pid, stat.substring(open + 1, close));
                cpu.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick, Double::sum);
            }
        }
        return cpu;
    }

    /** {@code after - before} per name, the largest first, as "name 1.2 s, ..." (names under 0.05 s left out). */
    static String cpuDifference(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder out = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(String.format("%s %.1f s", e.getKey(), e.getValue())));
        return out.toString();
    }

    static Load wrk(String url, Path lua, int threads, int connections, int seconds) throws Exception {
        String out = run(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", "-s", lua.toString(), url), Map.of(), seconds + 60L);
        double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Load(rps, wrkMillis(out, "50%"), wrkMillis(out, "99%"),
                wrkMillis(out, "Latency"), errors, out);
    }

    /** wrk prints durations as 812.00us, 1.23ms or 1.02s. */
    private static double wrkMillis(String out, String label) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\b").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no '" + label + "' in wrk output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            default -> v * 60_000;
        };
    }

    /**
     * pgbench with prepared statements (PostgreSQL's best case for a repeated query), per-transaction
     * log for the percentiles.
     */
    static Load pgbench(int port, String database, Path script, int clients, int threads, int seconds, Path logDir)
            throws Exception {
        return pgbench(port, database, script, clients, threads, seconds, logDir, List.of(), Map.of());
    }

    /** As above, with more pgbench arguments (e.g. {@code -D name=value}) and environment (e.g. PGOPTIONS). */
    static Load pgbench(int port, String database, Path script, int clients, int threads, int seconds, Path logDir,
                        List<String> extra, Map<String, String> extraEnv) throws Exception {
        Files.createDirectories(logDir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(logDir)) {
            for (Path f : old) {
                Files.delete(f);
            }
        }
        String prefix = logDir.resolve("tx").toString();
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "a4p", "-n",
                "-M", "prepared", "-c" + clients, "-j" + threads, "-T" + seconds, "-f", script.toString(),
                "--log", "--log-prefix=" + prefix));
        command.addAll(extra);
        command.add(database);
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("PGPASSWORD", "a4p");
        String out = run(command, env, seconds + 60L);
        // no tps line when no transaction finished (clients still connecting on a saturated machine): 0, not a crash
        double tps = out.contains("tps = ") ? number(out, "tps = ([0-9.]+) \\(without initial connection time\\)") : 0;
        List<Double> micros = new ArrayList<>();
        long failed = 0;
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(logDir)) {
            for (Path f : logs) {
                for (String line : Files.readAllLines(f)) {
                    String[] cols = line.trim().split("\\s+");
                    if (cols.length >= 3 && cols[2].matches("\\d+")) {
                        micros.add(Double.parseDouble(cols[2]));
                    } else if (cols.length >= 3) {
                        failed++;
                    }
                }
            }
        }
        double[] ms = micros.stream().mapToDouble(d -> d / 1000).sorted().toArray();
        Matcher f = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
        if (f.find()) {
            failed = Math.max(failed, Long.parseLong(f.group(1)));
        }
        return new Load(tps, percentile(ms, 50), percentile(ms, 99), Arrays.stream(ms).average().orElse(Double.NaN),
                failed, out);
    }

    /**
     * Kafka's own tool: one message at a time, produced with acks=all, consumed, timed; a warm-up run first in
     * the same JVM (see {@link KafkaLatencyRunner}), and the figures of the measured run.
     */
    static Latency kafkaEndToEnd(String classpath, String bootstrap, String topic, int warmup, int messages, int size)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the broker authenticates: the tool logs in as its super user (it also creates its topic)
        Path login = Files.createTempFile("a4p-bench-kafka", ".properties");
        java.util.Properties client = new java.util.Properties();
        client.putAll(KafkaUsers.clientConfig(KafkaUsers.ADMIN));
        try (var w = Files.newBufferedWriter(login)) {
            client.store(w, "EndToEndLatency's client login");
        }
        String out;
        try {
            out = run(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath,
                    KafkaLatencyRunner.class.getName(), String.valueOf(warmup), bootstrap, topic, String.valueOf(messages), "all",
                    String.valueOf(size), login.toString()), Map.of(), 900);
        } finally {
            Files.deleteIfExists(login);
        }
        int measured = out.indexOf("=== measured run");
        if (measured < 0) {
            throw new IllegalStateException("no measured run in EndToEndLatency output:\n" + out);
        }
        out = out.substring(measured);
        Matcher m = Pattern.compile("Percentiles: 50th = ([0-9.]+), 99th = ([0-9.]+), 99.9th = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no percentiles in EndToEndLatency output:\n" + out);
        }
        double avg = number(out, "Avg latency: ([0-9.]+) ms");
        return new Latency(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), avg, messages, out);
    }

    static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for /" + regex + "/ in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double pct) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

package org.a4p.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one start's time went, without any change to the service: the JVM's own class-loading log
 * ({@code -Xlog:class+load:file=...:timemillis}, wall-clock milliseconds) and the service's log ("started in").
 * Milestones: the process created (the benchmark's clock), the JVM running main (the fast-jar's
 * {@code QuarkusEntryPoint} loaded), Quarkus's "started in" line, the first 200 on the probe. The Quarkus boot between
 * main and "started" is split by subsystem, like a sampling profiler whose samples are class loads: each interval
 * between two consecutive class loads is charged to the subsystem of the class loaded at its start (the code that
 * had just loaded it was running). Time spent waiting (a broker, a database) is charged to whatever ran before it.
 */
final class StartupBreakdown {

    /** Subsystems by class-name prefix, first match wins. */
    static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry("Flyway", List.of("org.flywaydb.", "io.quarkus.flyway.")),
            Map.entry("Hibernate ORM", List.of("org.hibernate.", "io.quarkus.hibernate.", "net.bytebuddy.", "jakarta.persistence.")),
            Map.entry("Kafka clients and messaging", List.of("org.apache.kafka.", "io.smallrye.reactive.messaging.",
                    "io.quarkus.smallrye.reactivemessaging.", "io.vertx.kafka.")),
            Map.entry("JDBC, Agroal, transactions", List.of("org.postgresql.", "io.agroal.", "io.quarkus.agroal.",
                    "com.arjuna.", "io.narayana.", "io.quarkus.narayana.")),
            Map.entry("HTTP (Vert.x, Netty, REST)", List.of("io.vertx.", "io.netty.", "org.jboss.resteasy.",
                    "io.quarkus.resteasy.", "io.quarkus.vertx.", "io.quarkus.rest.")),
            Map.entry("Jackson", List.of("com.fasterxml.jackson.")),
            Map.entry("application (org.a4p)", List.of("org.a4p.")),
            Map.entry("Quarkus core, CDI, config, JWT, OpenTelemetry", List.of("io.quarkus.", "io.smallrye.", "org.jboss.",
                    "jakarta.", "org.eclipse.microprofile.", "io.opentelemetry.")),
            Map.entry("JDK", List.of("java.", "javax.", "jdk.", "sun.", "com.sun.")));

    record Result(long jvmReadyMs, long bootMs, long startedInMs, long firstRequestMs, long totalMs, int classes,
                  Map<String, long[]> bySubsystem, String biggest) {
    }

    private static final Pattern LOAD = Pattern.compile("^\\[(\\d+)ms\\] (\\S+) source: ");
    /** The services log HH:mm:ss.SSS, Quarkus's default format yyyy-MM-dd HH:mm:ss,SSS. */
    private static final Pattern STARTED = Pattern.compile("(\\d\\d:\\d\\d:\\d\\d)[.,](\\d{3}) .*started in ([0-9.]+)s");

    /**
     * @param spawnEpochMs just before the process was created; {@code firstOkEpochMs} the first 200 on the probe
     */
    static Result of(Path classLog, Path serviceLog, long spawnEpochMs, long firstOkEpochMs) throws IOException {
        long main = -1;
        long started = -1;
        long startedIn = -1;
        for (String line : Files.readAllLines(serviceLog)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                LocalTime t = LocalTime.parse(m.group(1) + "." + m.group(2));
                started = t.atDate(LocalDate.now()).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
                if (started > firstOkEpochMs + 60_000) { // the run crossed midnight
                    started -= 86_400_000L;
                }
                startedIn = Math.round(Double.parseDouble(m.group(3)) * 1000);
                break;
            }
        }
        Map<String, long[]> by = new LinkedHashMap<>(); // subsystem → {ms charged, classes}
        GROUPS.forEach(g -> by.put(g.getKey(), new long[2]));
        by.put("other libraries", new long[2]);
        long prevTime = -1;
        String prevGroup = null;
        int classes = 0;
        for (String line : Files.readAllLines(classLog)) {
            Matcher m = LOAD.matcher(line);
            if (!m.find()) {
                continue;
            }
            long t = Long.parseLong(m.group(1));
            String cls = m.group(2);
            if (main < 0 && cls.equals("io.quarkus.bootstrap.runner.QuarkusEntryPoint")) {
                main = t;
            }
            if (main < 0 || (started > 0 && t > started)) {
                continue;
            }
            String group = group(cls);
            classes++;
            by.get(group)[1]++;
            if (prevGroup != null) {
                by.get(prevGroup)[0] += t - prevTime;
            }
            prevTime = t;
            prevGroup = group;
        }
        if (prevGroup != null && started > prevTime) {
            by.get(prevGroup)[0] += started - prevTime;
        }
        long jvmReady = main < 0 ? -1 : main - spawnEpochMs;
        long boot = main < 0 || started < 0 ? -1 : started - main;
        long first = started < 0 ? -1 : firstOkEpochMs - started;
        String biggest = "JVM start to main (" + jvmReady + " ms)";
        long max = jvmReady;
        for (Map.Entry<String, long[]> e : by.entrySet()) {
            if (e.getValue()[0] > max) {
                max = e.getValue()[0];
                biggest = e.getKey() + " during the Quarkus boot (" + e.getValue()[0] + " ms)";
            }
        }
        if (first > max) {
            biggest = "\"started\" to the first 200 on the probe (" + first + " ms)";
        }
        return new Result(jvmReady, boot, startedIn, first, firstOkEpochMs - spawnEpochMs, classes, by, biggest);
    }

    static String group(String cls) {
        for (Map.Entry<String, List<String>> g : GROUPS) {
            for (String prefix : g.getValue()) {
                if (cls.startsWith(prefix)) {
                    return g.getKey();
                }
            }
        }
        return "other libraries";
    }
}

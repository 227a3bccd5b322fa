package org.a4p.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One A4P service running as its own JVM from its Quarkus fast-jar ({@code target/quarkus-app/quarkus-run.jar}),
 * configured the way production is: through environment variables. Used by ./run.sh and by the
 * end-to-end tests. JDK classes only, so the e2e tests can use it without Kafka's server classes.
 */
public final class ServiceProcess {

    /**
     * The services' JVM options wherever this project starts them (./run.sh, the benchmark; the Dockerfiles
     * set the same): chosen for the memory and start-up targets. A small serial-GC heap that gives memory back
     * after a collection (the services' live data is a few tens of MB), capped metaspace, code cache and direct
     * memory, C1 only (faster start, small code cache and compiler arenas, at some cost in peak throughput) and
     * the C heap trimmed every few seconds (glibc keeps freed memory otherwise). {@code A4P_JVM_OPTIONS}
     * replaces them.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx96m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=32m", "-Xss512k", "-XX:MaxDirectMemorySize=32m",
            "-XX:TieredStopAtLevel=1", "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=2000");

    /** Fewer glibc malloc arenas for the JVM's many threads (the default is 8 per core). */
    public static final Map<String, String> JVM_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** {@link #JVM_OPTIONS}, or the options in {@code A4P_JVM_OPTIONS} when it is set. */
    public static List<String> jvmOptions() {
        String override = System.getenv("A4P_JVM_OPTIONS");
        return override == null || override.isBlank() ? JVM_OPTIONS : List.of(override.trim().split("\\s+"));
    }

    private final String name;
    private final String host;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, String host, int port, Path log, Process process) {
        this.name = name;
        this.host = host;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with the given environment
     * (on top of this process's), writing its output to {@code log}.
     */
    public static ServiceProcess start(Path root, String name, int port, Map<String, String> env, Path log,
                                       List<String> jvmOptions) throws IOException {
        return start(root, name, port, env, log, jvmOptions, List.of(), "localhost");
    }

    /**
     * As {@link #start(Path, String, int, Map, Path, List)}, the JVM started through {@code launcher} (e.g.
     * {@code ip netns exec NAME}, which execs it in place: {@link #pid()} and {@link #kill()} are the JVM's), and
     * reached at {@code host} (its address in that namespace).
     */
    public static ServiceProcess start(Path root, String name, int port, Map<String, String> env, Path log,
                                       List<String> jvmOptions, List<String> launcher, String host) throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        JVM_ENVIRONMENT.forEach(pb.environment()::putIfAbsent);
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Vert.x unpacks classpath files it serves (Swagger UI) into a cache, by default under the temp
        // folder, where a killed process would leave it behind: keep it next to the log instead.
        pb.environment().putIfAbsent("QUARKUS_VERTX_CACHE_DIRECTORY",
                log.toAbsolutePath().getParent().resolve("vertx-cache").resolve(name).toString());
        return new ServiceProcess(name, host, port, log, pb.start());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://" + host + ":" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s (" + last + "); see " + log);
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL if it has not ended in time. */
    public void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, for crash tests. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM to every service at once, then waits for each: the stop takes as long as the slowest service, not the
     * sum of all (for ./run.sh: Ctrl-C in a terminal signals them all at once anyway; a SIGTERM to it alone did not).
     * Each service's own stop time is printed, so a slow one shows.
     */
    public static void stopAll(List<ServiceProcess> services, Duration grace) {
        long start = System.nanoTime();
        List<Thread> stops = new ArrayList<>();
        for (ServiceProcess p : services) {
            Thread t = new Thread(() -> {
                p.stop(grace);
                System.out.printf("  %s stopped (%.1f s)%n", p.name(), (System.nanoTime() - start) / 1e9);
            }, "stop-" + p.name());
            t.start();
            stops.add(t);
        }
        for (Thread t : stops) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

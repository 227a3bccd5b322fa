package org.a4p.bench;

import org.a4p.infra.KafkaUsers;
import org.a4p.infra.LocalKeys;
import org.a4p.infra.ServiceProcess;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark behind bench/run.sh. Starts its own PostgreSQL + Kafka (LocalInfra, free ports), the three
 * packaged services and the dashboard (free ports), then measures, each after a warm-up and side by side with a
 * reference on the same machine: the read and list paths against pgbench, the dashboard's pages against the read
 * path ({@link DashboardPages}), a status change to webhook against Kafka's own
 * EndToEndLatency, fan-out to 1,000 and 10,000 subscriptions, start-up time and RSS. Writes bench/RESULTS.md.
 * Every figure in that file comes from this run; nothing is typed in.
 *
 * <p>All traffic goes to 127.0.0.1. Every loop is bounded by a count and a deadline.
 */
public final class Bench {

    static final String REC = "recommendations-service";
    static final String STK = "stakeholders-service";
    static final String NOT = "notifications-service";
    /** The fourth application: the dashboard's web pages, started and measured like the services. */
    static final String DASH = "dashboard";
    /** The start-up floor: bench/floor-app, the smallest Quarkus REST application, started like the services. */
    static final String FLOOR = "floor-app";
    static final String DELEGATION = "Bench Delegation";
    /** Recommendation whose status cycles for the event path, and the one fanned out. */
    static final int EVENT_REC = 20;
    static final int FANOUT_REC = 21;
    /** Recommendation whose one status change goes to the e-mail subscriptions of the mail fan-out. */
    static final int MAIL_REC = 22;

    final Path root;
    /** Where the services' quarkus-app folders are taken from ({@code <apps>/<service>/target/quarkus-app}). */
    final Path apps;
    final Path work;
    final Settings s;
    final Results results;
    final Jwt jwt;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    Process infra;
    Properties infraInfo;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    final Map<String, Integer> ports = new LinkedHashMap<>();
    Path publicKey;

    /** The services' JVM options: those ./run.sh and the Dockerfiles use (see ServiceProcess.JVM_OPTIONS). */
    static final String DEFAULT_JVM = String.join(" ", ServiceProcess.jvmOptions());

    /** Run settings; the defaults are the full benchmark, -Dbench.quick=true a short smoke run. */
    record Settings(int threads, int connections, int warmupSeconds, int seconds, int events, int eventWarmup,
                    List<Integer> fanouts, int receivers, List<String> jvmOptions, int mailFanout, int senderConcurrency) {
        static Settings fromSystemProperties() {
            boolean quick = Boolean.getBoolean("bench.quick");
            return new Settings(
                    Integer.getInteger("bench.threads", 2),
                    Integer.getInteger("bench.connections", 32),
                    Integer.getInteger("bench.warmup", quick ? 3 : 10),
                    Integer.getInteger("bench.seconds", quick ? 3 : 20),
                    Integer.getInteger("bench.events", quick ? 100 : 2000),
                    Integer.getInteger("bench.event-warmup", quick ? 20 : 200),
                    List.of(System.getProperty("bench.fanouts", quick ? "100,300" : "1000,10000,100000").split(",")).stream()
                            .map(String::trim).map(Integer::valueOf).toList(),
                    Integer.getInteger("bench.receivers", 4),
                    List.of(System.getProperty("bench.jvm", System.getenv().getOrDefault("BENCH_JVM",
                            DEFAULT_JVM))
                            .trim().split("\\s+")),
                    Integer.getInteger("bench.mail-fanout", quick ? 300 : 10_000),
                    // notifications-service's a4p.delivery.concurrency: the fan-out floor sends with as many in flight
                    Integer.getInteger("bench.sender-concurrency", 64));
        }
    }

    Bench(Path root, Path apps) throws IOException, GeneralSecurityException {
        this.root = root;
        this.apps = apps;
        this.work = root.resolve("bench/target/run");
        this.s = Settings.fromSystemProperties();
        this.results = new Results(root, s);
        Files.createDirectories(work);
        this.jwt = new Jwt(work);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path apps = args.length > 1 ? Path.of(args[1]).toAbsolutePath().normalize() : root;
        Bench bench = new Bench(root, apps);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll, "bench-stop"));
        try {
            bench.runAll();
        } finally {
            bench.stopAll();
        }
        System.exit(0);
    }

    void runAll() throws Exception {
        if ("mail".equals(System.getProperty("bench.only"))) {
            mailOnly();
            return;
        }
        if ("fanout".equals(System.getProperty("bench.only"))) {
            fanOutOnly();
            return;
        }
        if ("write".equals(System.getProperty("bench.only"))) {
            writeOnly();
            return;
        }
        if ("startup".equals(System.getProperty("bench.only"))) {
            new StartupOnly(this).run();
            return;
        }
        results.machine();
        startInfra();
        publicKey = jwt.publicKey();
        results.versions(apps, infraInfo);
        try (Receivers receivers = new Receivers(s.receivers(), 8)) {
            // First start: each service alone, on an empty database (Flyway migrations, first-start snapshot);
            // at its exit the JVM writes a class-data-sharing archive of the classes it loaded.
            // The start-up floor (bench/floor-app) goes through the same three starts as each service.
            List<String> started = List.of(REC, STK, NOT, DASH, FLOOR);
            for (String name : started) {
                ports.put(name, freePort());
                results.coldStartMs.put(name, startAndTime(name, Start.FIRST));
            }
            awaitServicesReady();
            // A start for the breakdown alone (the JVM logs every class it loads, which costs time of its own), then
            // the restart that is measured: each stopped and started again alone, on its existing database, with that
            // archive, as a deployment would run it. These are the processes the benchmark then measures.
            for (String name : started) {
                long stopStart = System.nanoTime();
                // the JVM writes its class-data-sharing archive while it exits: a SIGKILL after a short grace would lose it
                services.remove(name).stop(Duration.ofSeconds(180));
                results.stopMs.put(name, (System.nanoTime() - stopStart) / 1_000_000);
                startAndTime(name, Start.BREAKDOWN);
                services.remove(name).stop(Duration.ofSeconds(30));
                results.restartMs.put(name, startAndTime(name, Start.RESTART));
            }
            services.remove(FLOOR).stop(Duration.ofSeconds(30));
            awaitServicesReady();
            awaitReadModel();
            readPath();
            listPath();
            new DashboardPages(this).measure();
            eventPath(receivers);
            fanOut(receivers);
            results.note(mailFanOut(s.mailFanout()));
            writePath();
            for (Map.Entry<String, ServiceProcess> e : services.entrySet()) {
                results.rssKb.put(e.getKey(), rssKb(e.getValue().pid()));
            }
            results.note("RSS read from /proc/<pid>/status (VmRSS) of the restarted services right after the write path, the last measurement.");
        }
        results.write();
        System.out.println("Wrote " + root.resolve("bench/RESULTS.md"));
    }

    // ---------------------------------------------------------------- infrastructure and services

    void startInfra() throws Exception {
        Path infoFile = work.resolve("infra.properties");
        Files.deleteIfExists(infoFile);
        String classpath = root.resolve("bench/target/infra-classes") + ":"
                + Files.readString(root.resolve("a4p-testinfra/target/infra.classpath")).trim();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        infra = new ProcessBuilder(java, "-Xmx768m", "-XX:+UseSerialGC", "-cp", classpath, "org.a4p.infra.LocalInfra",
                "--exit-on-stdin-eof", "--info-file", infoFile.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("infra.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(infoFile) || Files.size(infoFile) == 0) {
            if (!infra.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL/Kafka did not start; see " + work.resolve("infra.log"));
            }
            Thread.sleep(200);
        }
        Thread.sleep(200); // the file is written in one go; let the writer close it
        infraInfo = new Properties();
        try (var in = Files.newBufferedReader(infoFile)) {
            infraInfo.load(in);
        }
        System.out.println("Infrastructure: " + infraInfo);
    }

    int pgPort() {
        return Integer.parseInt(infraInfo.getProperty("postgres.port"));
    }

    String kafka() {
        return infraInfo.getProperty("kafka.bootstrap.servers");
    }

    void awaitServicesReady() throws InterruptedException {
        for (Map.Entry<String, ServiceProcess> e : services.entrySet()) {
            if (!e.getKey().equals(FLOOR)) { // the floor has no health checks: its probe answering is its readiness
                e.getValue().awaitReady(Duration.ofSeconds(120));
            }
        }
    }

    /** The three starts: on an empty database (writes the class-data-sharing archive), for the breakdown, measured. */
    enum Start { FIRST, BREAKDOWN, RESTART }

    /**
     * Starts one service and returns the milliseconds from just before the process was created to its first
     * 200 answer: GET /recommendations/1, GET /stakeholders, and for notifications (whose reads are per
     * subscription) GET /q/health/ready, which needs its database and broker; the dashboard's overview page (read
     * from its database); the floor's GET /hello.
     */
    long startAndTime(String name, Start start) throws Exception {
        boolean first = start == Start.FIRST;
        Map<String, String> env = new LinkedHashMap<>();
        if (!name.equals(FLOOR)) {
            serviceEnvironment(name, env);
        }
        String arenas = System.getProperty("bench.malloc-arenas"); // else ServiceProcess.JVM_ENVIRONMENT's
        if (arenas != null) {
            env.put("MALLOC_ARENA_MAX", arenas);
        }
        results.mallocArenas = env.getOrDefault("MALLOC_ARENA_MAX", ServiceProcess.JVM_ENVIRONMENT.get("MALLOC_ARENA_MAX"));
        List<String> jvm = new ArrayList<>(s.jvmOptions());
        // JDK 25+: the AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) instead of a CDS archive
        boolean aot = Runtime.version().feature() >= 25 && Boolean.parseBoolean(System.getProperty("bench.aot", "true"));
        Path cds = work.resolve(name + (aot ? ".aot" : ".jsa"));
        if (!Boolean.parseBoolean(System.getProperty("bench.cds", "true"))) {
            Files.deleteIfExists(cds);
        } else if (first) {
            Files.deleteIfExists(cds);
            jvm.add((aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cds);
            if (aot) { // the cache is assembled in buffers sized by the metaspace cap, which the classes overflow
                jvm.removeIf(o -> o.startsWith("-XX:MaxMetaspaceSize="));
            }
        } else if (Files.exists(cds)) {
            jvm.add((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cds);
        } else if (start == Start.RESTART) {
            results.note("No class-data-sharing archive was written by " + name + "'s first start: its restart ran without one.");
        }
        Path logs = work.resolve("logs");
        Path classLog = logs.resolve(name + "-classes.log");
        if (start == Start.BREAKDOWN) {
            Files.createDirectories(logs);
            Files.deleteIfExists(classLog);
            jvm.add("-Xlog:class+load:file=" + classLog + ":timemillis");
        }
        results.jvmOptions = String.join(" ", s.jvmOptions());
        String probe = switch (name) {
            case REC -> "/recommendations/1";
            case STK -> "/stakeholders";
            case DASH -> "/";
            case FLOOR -> "/hello";
            default -> "/q/health/ready";
        };
        results.startProbe.put(name, probe);
        Path log = logs.resolve(name + switch (start) {
            case FIRST -> "";
            case BREAKDOWN -> "-breakdown";
            case RESTART -> "-restart";
        } + ".log");
        long spawnEpoch = System.currentTimeMillis();
        long t0 = System.nanoTime();
        ServiceProcess p = ServiceProcess.start(apps, name, ports.get(name), env, log, jvm);
        services.put(name, p);
        URI uri = URI.create("http://127.0.0.1:" + ports.get(name) + probe);
        HttpClient quick = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                HttpResponse<Void> r = quick.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    System.out.printf("%s: first 200 on %s after %d ms (%s)%n", name, probe, ms,
                            start == Start.RESTART ? "restart" : start.name().toLowerCase() + " start");
                    if (start == Start.BREAKDOWN) {
                        results.breakdowns.put(name, StartupBreakdown.of(classLog, log, spawnEpoch, System.currentTimeMillis()));
                    }
                    return ms;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(name + " gave no 200 on " + probe + " within 180 s; see " + log);
    }

    /** How the benchmark configures a service: its database and broker, the run's keys, loopback targets, no limits. */
    void serviceEnvironment(String name, Map<String, String> env) {
        String database = name.contains("-") ? name.substring(0, name.indexOf('-')) : name; // "dashboard" is its own
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + pgPort() + "/" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", "a4p");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "a4p");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka());
        env.putAll(KafkaUsers.serviceEnvironment(name));
        env.put("A4P_LINKS_RECOMMENDATIONS_BASE_URL", "http://127.0.0.1:" + ports.get(REC));
        // the dashboard's sessions page links to stakeholders-service's calendar (a link, never called)
        env.put("A4P_DASHBOARD_STAKEHOLDERS_BASE_URL", "http://127.0.0.1:" + ports.get(STK));
        env.put("A4P_TARGETS_ALLOWED_NETWORKS", "127.0.0.0/8");
        // the fan-out rows create 10,000 subscriptions as one caller: the per-caller write limit is not what they measure
        env.put("A4P_RATE_LIMIT_WRITES_PER_MINUTE", "0");
        if (name.equals(NOT)) {
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", infraInfo.getProperty("smtp.port"));
            env.put("QUARKUS_MAILER_MOCK", "false");
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            // one delegation holds every subscription of the fan-outs, the mail fan-out and the event path
            int largest = s.fanouts().stream().mapToInt(Integer::intValue).max().orElse(0);
            env.put("A4P_SUBSCRIPTIONS_MAX_PER_DELEGATION", String.valueOf(largest + s.mailFanout() + 100));
        }
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("MP_JWT_VERIFY_ISSUER", LocalKeys.ISSUER);
    }

    String base(String name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    void stopAll() {
        for (ServiceProcess p : List.copyOf(services.values())) {
            p.stop(Duration.ofSeconds(20));
        }
        services.clear();
        if (infra != null && infra.isAlive()) {
            try (OutputStream stdin = infra.getOutputStream()) {
                stdin.flush(); // closing stdin makes LocalInfra stop both servers and delete its data
            } catch (IOException ignored) {
                // already gone
            }
            try {
                if (!infra.waitFor(60, TimeUnit.SECONDS)) {
                    infra.destroyForcibly();
                }
            } catch (InterruptedException e) {
                infra.destroyForcibly();
            }
        }
    }

    static int freePort() throws IOException {
        return org.a4p.infra.FreePorts.next();
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- HTTP helpers

    HttpResponse<String> post(String url, String auth, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .header("X-A4P-Actor", "bench@secretariat.local")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String url, String auth, String json) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    void changeStatus(int number, String status) throws IOException, InterruptedException {
        HttpResponse<String> r = post(base(REC) + "/recommendations/" + number + "/status", jwt.secretariat(),
                "{\"status\":\"" + status + "\",\"note\":\"benchmark\",\"evidenceUrl\":\"https://example.org/bench\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("status change of " + number + " to " + status + ": " + r.statusCode() + " " + r.body());
        }
    }

    String subscriptionJson(String target, int recommendation) {
        return "{\"subscriber\":\"" + DELEGATION + "\",\"channel\":\"WEBHOOK\",\"target\":\"" + target
                + "\",\"recommendations\":[" + recommendation + "]}";
    }

    /** The notifications service validates filters against its read model: wait until it knows every recommendation. */
    void awaitReadModel() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // every number: the events of the 24 come on several partitions, so the last one published may not be the last applied
        String all = IntStream.rangeClosed(1, 24).mapToObj(String::valueOf).collect(Collectors.joining(","));
        String probe = "{\"subscriber\":\"" + DELEGATION + "\",\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:1024/probe\",\"recommendations\":[" + all + "]}";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = post(base(NOT) + "/subscriptions", jwt.delegation(DELEGATION), probe);
            if (r.statusCode() == 201) {
                String id = r.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                http.send(HttpRequest.newBuilder(URI.create(base(NOT) + "/subscriptions/" + id))
                        .header("Authorization", jwt.delegation(DELEGATION)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
                return;
            }
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new IllegalStateException("POST /subscriptions refused the benchmark's token: " + r.body());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("notifications-service did not learn the recommendations within 120 s");
    }

    // ---------------------------------------------------------------- measurements

    void readPath() throws Exception {
        Path lua = writeResource("read.lua", """
                -- GET /recommendations/{number}, numbers 1..24 at random
                math.randomseed(os.time())
                request = function()
                  return wrk.format("GET", "/recommendations/" .. math.random(1, 24))
                end
                """);
        Path sql = writeResource("read.sql", """
                \\set n random(1, 24)
                SELECT r.number, r.text, r.stakeholder_action, r.a4p_paragraph, r.context, r.status,
                       r.status_changed_at, r.version, a.code, a.name,
                       array(SELECT rs.stakeholder FROM recommendation_stakeholder rs WHERE rs.recommendation_number = r.number)
                  FROM recommendation r JOIN area a ON a.code = r.area_code WHERE r.number = :n;
                """);
        compare("read", "GET /recommendations/{number}", lua, sql);
        // Context for the ratio: the same wrk run against an endpoint that touches no database, i.e. what the
        // HTTP stack of the service alone can serve on this machine.
        Path live = writeResource("live.lua", "-- GET /q/health/live, no database\nrequest = function() return wrk.format(\"GET\", \"/q/health/live\") end\n");
        Tools.wrk(base(REC), live, s.threads(), s.connections(), Math.max(2, s.warmupSeconds() / 2));
        results.httpFloorLoad = load();
        results.httpFloor = Tools.wrk(base(REC), live, s.threads(), s.connections(), s.seconds());
        System.out.printf("[read] HTTP floor (/q/health/live) %.0f req/s%n", results.httpFloor.perSecond());
        nginxFloor(lua);
    }

    /**
     * The HTTP floor: nginx serving, from files, the bytes the service answers to GET /recommendations/1..24 (fetched
     * now, with its Content-Type), under the same wrk script and settings as the read path.
     */
    void nginxFloor(Path lua) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String contentType = null;
        for (int n = 1; n <= 24; n++) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base(REC) + "/recommendations/" + n)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /recommendations/" + n + ": " + r.statusCode());
            }
            files.put("/recommendations/" + n, r.body());
            contentType = r.headers().firstValue("Content-Type").orElse("application/json");
        }
        results.nginxBytes = files.values().stream().mapToInt(b -> b.length).sum() / files.size();
        results.nginxContentType = contentType;
        Path dir = work.resolve("nginx");
        try (Nginx nginx = Nginx.serve(dir, files, contentType, Runtime.getRuntime().availableProcessors())) {
            System.out.println("[read] nginx (" + nginx.version + ") warm-up " + s.warmupSeconds() + " s");
            Tools.wrk(nginx.url(), lua, s.threads(), s.connections(), s.warmupSeconds());
            results.nginxLoad = load();
            results.nginx = Tools.wrk(nginx.url(), lua, s.threads(), s.connections(), s.seconds());
            results.nginxVersion = nginx.version;
            System.out.printf("[read] nginx %.0f req/s p50 %.2f ms p99 %.2f ms errors %d%n", results.nginx.perSecond(),
                    results.nginx.p50(), results.nginx.p99(), results.nginx.errors());
        }
    }

    void listPath() throws Exception {
        List<String> areas = new ArrayList<>();
        String body = http.send(HttpRequest.newBuilder(URI.create(base(REC) + "/areas")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var m = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"").matcher(body);
        while (m.find()) {
            areas.add(m.group(1));
        }
        if (areas.isEmpty()) {
            throw new IllegalStateException("GET /areas gave no codes: " + body);
        }
        StringBuilder list = new StringBuilder();
        for (String a : areas) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(a).append('"');
        }
        Path lua = writeResource("list.lua", """
                -- GET /recommendations?area=..., the areas of GET /areas at random
                math.randomseed(os.time())
                local areas = { %s }
                request = function()
                  return wrk.format("GET", "/recommendations?area=" .. areas[math.random(1, #areas)])
                end
                """.formatted(list));
        // What the service runs for one page: the total, then the first page (size 20) of full rows.
        Path sql = writeResource("list.sql", """
                \\set i random(1, %d)
                SELECT count(*) FROM recommendation r
                 WHERE r.area_code = (SELECT code FROM area WHERE display_order = :i);
                SELECT r.number, r.text, r.stakeholder_action, r.a4p_paragraph, r.context, r.status,
                       r.status_changed_at, r.version, a.code, a.name,
                       array(SELECT rs.stakeholder FROM recommendation_stakeholder rs WHERE rs.recommendation_number = r.number)
                  FROM recommendation r JOIN area a ON a.code = r.area_code
                 WHERE r.area_code = (SELECT code FROM area WHERE display_order = :i)
                 ORDER BY r.number LIMIT 20 OFFSET 0;
                """.formatted(areas.size()));
        compare("list", "GET /recommendations?area=...", lua, sql);
    }

    /** wrk against the service, then pgbench with the same connections on the same database, each after a warm-up. */
    void compare(String key, String label, Path lua, Path sql) throws Exception {
        String url = base(REC);
        System.out.println("[" + key + "] wrk warm-up " + s.warmupSeconds() + " s");
        Tools.wrk(url, lua, s.threads(), s.connections(), s.warmupSeconds());
        String loadWrk = load();
        Tools.Load api = Tools.wrk(url, lua, s.threads(), s.connections(), s.seconds());
        System.out.printf("[%s] wrk %.0f req/s p50 %.2f ms p99 %.2f ms errors %d%n", key, api.perSecond(), api.p50(), api.p99(), api.errors());
        System.out.println("[" + key + "] pgbench warm-up");
        Tools.pgbench(pgPort(), "recommendations", sql, s.connections(), s.threads(), Math.max(2, s.warmupSeconds() / 2), work.resolve("pgbench-" + key));
        String loadPg = load();
        Tools.Load pg = Tools.pgbench(pgPort(), "recommendations", sql, s.connections(), s.threads(), s.seconds(), work.resolve("pgbench-" + key));
        System.out.printf("[%s] pgbench %.0f tps p50 %.2f ms p99 %.2f ms failed %d%n", key, pg.perSecond(), pg.p50(), pg.p99(), pg.errors());
        results.loads.put(key, new Results.LoadPair(label, api, pg, loadWrk, loadPg));
    }

    /**
     * The write path: POST /recommendations/{n}/status under wrk (a Secretariat token, one change per request, no
     * If-Match), each wrk connection's changes alternating recommendations of its own between IN_PROGRESS and STALLED;
     * then pgbench, with the same connections, running the SQL of that request's transaction (the locked read as
     * Hibernate loads the entity, the history row, the versioned update, the outbox row and its notification, commit)
     * on a copy of the tables in a schema of its own, so that the service's outbox relay publishes none of its rows.
     */
    void writePath() throws Exception {
        int count = 2 * s.connections(); // two per connection: the next change never waits for a row lock
        String areas = http.send(HttpRequest.newBuilder(URI.create(base(REC) + "/areas")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher am = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"").matcher(areas);
        if (!am.find()) {
            throw new IllegalStateException("GET /areas gave no codes: " + areas);
        }
        String area = am.group(1);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> r = post(base(REC) + "/recommendations", jwt.secretariat(),
                    "{\"text\":\"Benchmark write path " + i + "\",\"stakeholderAction\":\"Member States\",\"area\":\"" + area
                            + "\",\"a4pParagraph\":1,\"context\":\"benchmark\"}");
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST /recommendations: " + r.statusCode() + " " + r.body());
            }
            numbers.add(Integer.valueOf(r.body().replaceAll("(?s)^.*?\"number\"\\s*:\\s*(\\d+).*$", "$1")));
        }
        for (int n : numbers) {
            for (String st : List.of("UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS")) {
                changeStatus(n, st);
            }
        }
        int base = numbers.get(0);
        for (int i = 0; i < count; i++) {
            if (numbers.get(i) != base + i) {
                throw new IllegalStateException("the write path's recommendations are not consecutive: " + numbers);
            }
        }
        StringBuilder owned = new StringBuilder();
        for (int t = 0; t < s.threads(); t++) {
            owned.append(t == 0 ? "" : ", ").append('{');
            for (int i = t; i < count; i += s.threads()) {
                owned.append(i == t ? "" : ", ").append(numbers.get(i));
            }
            owned.append('}');
        }
        Path lua = writeResource("write.lua", """
                -- POST /recommendations/{n}/status: each wrk thread owns its recommendations (two per connection) and
                -- alternates each between IN_PROGRESS and STALLED; a recommendation gets its next change only after
                -- the answer to its previous one (the answer's "number" and "status" say which, and where it is now).
                local owned = { %s }
                local threads = 0
                function setup(thread)
                  thread:set("index", threads)
                  threads = threads + 1
                end
                local numbers, state, pending, nextAt
                local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "%s" }
                function init(args)
                  numbers = owned[index + 1]
                  state, pending, nextAt = {}, {}, 1
                  for _, n in ipairs(numbers) do state[n] = "IN_PROGRESS"; pending[n] = false end
                end
                function request()
                  for _ = 1, #numbers do
                    local n = numbers[nextAt]
                    nextAt = nextAt %% #numbers + 1
                    if not pending[n] then
                      pending[n] = true
                      local to = state[n] == "IN_PROGRESS" and "STALLED" or "IN_PROGRESS"
                      return wrk.format("POST", "/recommendations/" .. n .. "/status", headers,
                        '{"status":"' .. to .. '","note":"benchmark"}')
                    end
                  end
                  return wrk.format("GET", "/q/health/live") -- not reached: a thread has twice as many as connections
                end
                function response(status, headers, body)
                  local n, s
                  if status == 200 then
                    n = tonumber(string.match(body, '"number"%%s*:%%s*(%%d+)'))
                    s = string.match(body, '"status"%%s*:%%s*"([A-Z_]+)"')
                  else
                    n = tonumber(string.match(body, "recommendation (%%d+) cannot"))
                    s = string.match(body, "cannot change from ([A-Z_]+)")
                  end
                  if n and pending[n] ~= nil then
                    pending[n] = false
                    if s then state[n] = s end
                  end
                end
                """.formatted(owned, jwt.secretariat()));
        System.out.println("[write] wrk warm-up " + s.warmupSeconds() + " s on " + count + " recommendations");
        Tools.wrk(base(REC), lua, s.threads(), s.connections(), s.warmupSeconds());
        allInProgress(numbers); // where the script starts; the warm-up left about half of them STALLED
        String loadWrk = load();
        Map<String, Double> cpuBefore = Tools.cpuSeconds(processes());
        // -Dbench.write-jfr=<file>: a flight recording of recommendations-service during the measured run
        String jfr = System.getProperty("bench.write-jfr");
        if (jfr != null) {
            Tools.run(List.of("jcmd", String.valueOf(services.get(REC).pid()), "JFR.start", "name=write",
                    "settings=" + System.getProperty("bench.jfr-settings", "profile")), Map.of(), 60);
        }
        Tools.Load api = Tools.wrk(base(REC), lua, s.threads(), s.connections(), s.seconds());
        if (jfr != null) {
            Tools.run(List.of("jcmd", String.valueOf(services.get(REC).pid()), "JFR.stop", "name=write",
                    "filename=" + Path.of(jfr).toAbsolutePath()), Map.of(), 60);
        }
        System.out.printf("[write] wrk %.0f req/s p50 %.2f ms p99 %.2f ms errors %d%n", api.perSecond(), api.p50(), api.p99(), api.errors());
        System.out.println("[write] CPU during it: " + Tools.cpuDifference(cpuBefore, Tools.cpuSeconds(processes())));

        // The same transaction in SQL, on copies of the tables it touches (schema writebench, the service's rows).
        Map<String, String> pg = Map.of("PGPASSWORD", "a4p");
        List<String> psql = List.of("psql", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String.valueOf(pgPort()),
                "-U", "a4p", "-d", "recommendations", "-qAt", "-c");
        List<String> copy = new ArrayList<>(psql);
        copy.add("""
                DROP SCHEMA IF EXISTS writebench CASCADE;
                CREATE SCHEMA writebench;
                CREATE TABLE writebench.area (LIKE public.area INCLUDING ALL);
                CREATE TABLE writebench.recommendation (LIKE public.recommendation INCLUDING ALL);
                CREATE TABLE writebench.recommendation_stakeholder (LIKE public.recommendation_stakeholder INCLUDING ALL);
                CREATE TABLE writebench.position (LIKE public.position INCLUDING ALL);
                CREATE TABLE writebench.status_change (LIKE public.status_change INCLUDING ALL);
                CREATE TABLE writebench.outbox_event (LIKE public.outbox_event INCLUDING ALL);
                INSERT INTO writebench.area SELECT * FROM public.area;
                INSERT INTO writebench.recommendation (number, area_code, text, stakeholder_action, a4p_paragraph, context,
                       status, status_changed_at, version, created_at, issued_on) SELECT number, area_code, text, stakeholder_action, a4p_paragraph, context,
                       status, status_changed_at, version, created_at, issued_on FROM public.recommendation;
                INSERT INTO writebench.recommendation_stakeholder SELECT * FROM public.recommendation_stakeholder;
                INSERT INTO writebench.position SELECT * FROM public.position;
                ALTER TABLE writebench.recommendation ADD FOREIGN KEY (area_code) REFERENCES writebench.area (code);
                ALTER TABLE writebench.status_change ADD FOREIGN KEY (recommendation_number) REFERENCES writebench.recommendation (number);
                ANALYZE writebench.recommendation;
                """);
        Tools.run(copy, pg, 120);
        List<String> sample = new ArrayList<>(psql);
        sample.add("SELECT topic || chr(9) || type || chr(9) || payload FROM public.outbox_event WHERE type LIKE '%status-changed%' "
                + "ORDER BY seq DESC LIMIT 1");
        String[] event = Tools.run(sample, pg, 60).trim().split("\t", 3);
        if (event.length != 3) {
            throw new IllegalStateException("no status-changed event in the outbox to copy");
        }
        Path sql = writeResource("write.sql", """
                -- One status change as the service runs it: Hibernate's locked load of the entity (the row with its area
                -- and stakeholders, then its positions), the history row, the versioned update of every column, the
                -- outbox row (a real event's payload) and its notification, commit. Each client alternates two
                -- recommendations of its own, as each wrk connection does.
                \\set n :base + 2 * :client_id + random(0, 1)
                BEGIN;
                SELECT r.number, r.area_code, r.a4p_paragraph, r.context, r.created_at, r.stakeholder_action, r.status AS st,
                       r.status_changed_at, r.text, r.issued_on, r.version, a.name, a.display_order,
                       array(SELECT rs.stakeholder FROM recommendation_stakeholder rs WHERE rs.recommendation_number = r.number) AS stakeholders
                  FROM recommendation r JOIN area a ON a.code = r.area_code WHERE r.number = :n FOR UPDATE OF r \\gset
                SELECT p.* FROM position p WHERE p.recommendation_number = :n;
                INSERT INTO status_change (recommendation_number, from_status, to_status, changed_at, changed_by, note, evidence_url, evidence)
                  VALUES (:n, :st, CASE WHEN :st::text = 'IN_PROGRESS' THEN 'STALLED' ELSE 'IN_PROGRESS' END, now(),
                          'bench@secretariat.local', 'benchmark', NULL, '[]') RETURNING id;
                UPDATE recommendation SET area_code = :area_code, a4p_paragraph = :a4p_paragraph::int, context = :context,
                       created_at = :created_at::timestamptz, stakeholder_action = :stakeholder_action,
                       status = CASE WHEN :st::text = 'IN_PROGRESS' THEN 'STALLED' ELSE 'IN_PROGRESS' END,
                       status_changed_at = now(), text = :text, issued_on = :issued_on::date, version = :version::bigint + 1
                 WHERE number = :n AND version = :version::bigint;
                INSERT INTO outbox_event (id, topic, record_key, type, payload) VALUES (gen_random_uuid(), :topic, :n, :type, :payload);
                SELECT pg_notify('a4p_outbox_bench', '');
                COMMIT;
                """);
        List<String> vars = List.of("-D", "base=" + base, "-D", "topic=" + event[0], "-D", "type=" + event[1], "-D", "payload=" + event[2]);
        Map<String, String> schema = Map.of("PGOPTIONS", "-c search_path=writebench");
        System.out.println("[write] pgbench warm-up");
        Tools.pgbench(pgPort(), "recommendations", sql, s.connections(), s.threads(), Math.max(2, s.warmupSeconds() / 2),
                work.resolve("pgbench-write"), vars, schema);
        String loadPg = load();
        Tools.Load db = Tools.pgbench(pgPort(), "recommendations", sql, s.connections(), s.threads(), s.seconds(),
                work.resolve("pgbench-write"), vars, schema);
        System.out.printf("[write] pgbench %.0f tps p50 %.2f ms p99 %.2f ms failed %d%n", db.perSecond(), db.p50(), db.p99(), db.errors());
        results.loads.put("write", new Results.LoadPair("POST /recommendations/{number}/status", api, db, loadWrk, loadPg));
        List<String> check = new ArrayList<>(psql);
        check.add("SELECT (SELECT count(*) FROM writebench.status_change) || ' history rows, ' || (SELECT count(*) FROM writebench.outbox_event)"
                + " || ' outbox rows, ' || (SELECT count(*) FROM writebench.recommendation WHERE number >= " + base + " AND status = 'STALLED')"
                + " || ' of " + count + " recommendations STALLED'");
        results.note("The write path's pgbench transactions (warm-up and measured) left in schema writebench: "
                + Tools.run(check, pg, 60).trim() + "; the service answered " + api.errors() + " of its requests with an error.");
    }

    /** Brings every recommendation of {@code numbers} that is STALLED back to IN_PROGRESS. */
    void allInProgress(List<Integer> numbers) throws Exception {
        for (int n : numbers) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base(REC) + "/recommendations/" + n)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher status = java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"").matcher(body);
            if (status.find() && status.group(1).equals("STALLED")) { // the first "status" is the recommendation's own
                changeStatus(n, "IN_PROGRESS");
            }
        }
    }

    void eventPath(Receivers receivers) throws Exception {
        BlockingQueue<Receivers.Hook> hooks = receivers.watch("/e");
        HttpResponse<String> created = post(base(NOT) + "/subscriptions", jwt.delegation(DELEGATION),
                subscriptionJson(receivers.url(0, "/e/latency"), EVENT_REC));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("subscription: " + created.statusCode() + " " + created.body());
        }
        // Walk to IN_PROGRESS, then alternate IN_PROGRESS <-> STALLED, which the lifecycle allows forever.
        for (String st : List.of("UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS")) {
            changeStatus(EVENT_REC, st);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int walked = 0;
        while (walked < 3 && System.nanoTime() < deadline) {
            if (hooks.poll(1, TimeUnit.SECONDS) != null) {
                walked++;
            }
        }
        String current = "IN_PROGRESS";
        System.out.println("[event] warm-up " + s.eventWarmup() + " changes");
        String load = null;
        List<Double> latencies = new ArrayList<>();
        int total = s.eventWarmup() + s.events();
        long lost = 0;
        long loopDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(900);
        for (int i = 0; i < total && System.nanoTime() < loopDeadline; i++) {
            if (i == s.eventWarmup()) {
                load = load();
                System.out.println("[event] measuring " + s.events() + " changes");
            }
            hooks.clear();
            String next = current.equals("IN_PROGRESS") ? "STALLED" : "IN_PROGRESS";
            long t0 = System.nanoTime();
            changeStatus(EVENT_REC, next);
            current = next;
            Receivers.Hook hook = hooks.poll(30, TimeUnit.SECONDS);
            if (hook == null) {
                lost++;
                continue;
            }
            if (i >= s.eventWarmup()) {
                latencies.add((hook.nanos() - t0) / 1e6);
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        results.event = new Tools.Latency(Tools.percentile(sorted, 50), Tools.percentile(sorted, 99),
                Tools.percentile(sorted, 99.9), latencies.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                sorted.length, "");
        results.eventLoad = load;
        results.eventLost = lost;
        System.out.printf("[event] p50 %.2f p99 %.2f p99.9 %.2f ms over %d (lost %d)%n", results.event.p50(),
                results.event.p99(), results.event.p999(), sorted.length, lost);

        String classpath = root.resolve("bench/target/classes") + ":"
                + Files.readString(root.resolve("bench/target/kafka-tools.classpath")).trim();
        System.out.println("[event] Kafka EndToEndLatency (" + s.eventWarmup() + " warm-up messages, then " + s.events() + ")");
        results.kafkaLoad = load();
        results.kafka = Tools.kafkaEndToEnd(classpath, kafka(), "bench-end-to-end", s.eventWarmup(), s.events(), 1024);
        System.out.printf("[event] Kafka p50 %.0f p99 %.0f p99.9 %.0f ms%n", results.kafka.p50(), results.kafka.p99(), results.kafka.p999());
    }

    void fanOut(Receivers receivers) throws Exception {
        int created = 0;
        List<String> walk = List.of("UNDER_CONSIDERATION", "ACCEPTED", "IN_PROGRESS", "STALLED", "IN_PROGRESS", "STALLED");
        int step = 0;
        for (int n : s.fanouts()) {
            long setup = System.nanoTime();
            created += createSubscriptions(receivers, created, n - created);
            double setupSeconds = (System.nanoTime() - setup) / 1e9;
            System.out.printf("[fan-out] %d subscriptions in place (setup %.1f s)%n", created, setupSeconds);
            Thread.sleep(2000); // let the receivers go quiet before the round
            receivers.reset();
            String load = load();
            // -Dbench.jfr=<file>: a flight recording of notifications-service during the last round (for finding its cost)
            String jfr = n == s.fanouts().get(s.fanouts().size() - 1) ? System.getProperty("bench.jfr") : null;
            if (jfr != null) {
                Tools.run(List.of("jcmd", String.valueOf(services.get(NOT).pid()), "JFR.start", "name=fanout",
                        "settings=" + System.getProperty("bench.jfr-settings", "profile")), Map.of(), 60);
            }
            long t0 = System.nanoTime();
            changeStatus(FANOUT_REC, walk.get(step++));
            long deadline = t0 + TimeUnit.SECONDS.toNanos(Math.max(300, n / 50));
            long[] seen = receivers.distinctAndLast("/f/");
            while (seen[0] < n && System.nanoTime() < deadline) {
                Thread.sleep(20);
                seen = receivers.distinctAndLast("/f/");
            }
            double seconds = seen[0] >= n ? (seen[1] - t0) / 1e9 : Double.NaN;
            if (jfr != null) {
                Tools.run(List.of("jcmd", String.valueOf(services.get(NOT).pid()), "JFR.stop", "name=fanout",
                        "filename=" + Path.of(jfr).toAbsolutePath()), Map.of(), 60);
            }
            Thread.sleep(3000); // anything arriving twice would come now
            seen = receivers.distinctAndLast("/f/");
            long duplicates = receivers.duplicates();
            System.out.printf("[fan-out] %d subscriptions: %d delivered, %d duplicates, all in %.2f s%n",
                    n, seen[0], duplicates, seconds);
            double[] floor = senderFloor(receivers, n, step);
            results.fanouts.add(new Results.FanOut(n, seen[0], duplicates, seconds, load, floor[0], (long) floor[1], setupSeconds));
        }
    }

    /**
     * The fan-out floor: {@link FanOutFloor} in its own JVM (the services' JVM options) sends {@code n} webhooks like
     * the ones the service just sent (its captured body and event type) to the same receivers, as fast as it can.
     *
     * @return {seconds from its first send to its last answer, webhooks the receivers counted}
     */
    double[] senderFloor(Receivers receivers, int n, int round) throws Exception {
        if (receivers.sampleBody == null) {
            throw new IllegalStateException("no webhook of the fan-out was captured for the floor");
        }
        Path body = work.resolve("webhook-body.json");
        Files.write(body, receivers.sampleBody);
        Thread.sleep(1000);
        receivers.reset();
        String prefix = "/g" + round + "/";
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(s.jvmOptions());
        // warmed up first on other paths, as the service it is compared with has sent thousands of webhooks by now
        command.addAll(List.of("-cp", root.resolve("bench/target/classes").toString(), FanOutFloor.class.getName(),
                String.valueOf(n), String.valueOf(Math.min(n, 2000)), String.valueOf(s.senderConcurrency()), body.toString(),
                receivers.sampleType, prefix, "/w" + round + "/"));
        receivers.ports().forEach(p -> command.add(String.valueOf(p)));
        String out = Tools.run(command, Map.of(), 1800);
        double ms = Tools.number(out, "floor-ms=(\\d+)");
        long received = receivers.distinctAndLast(prefix)[0];
        System.out.printf("[fan-out] sender floor: %d webhooks in %.2f s (%s), receivers counted %d%n", n, ms / 1000, out.trim(), received);
        return new double[]{ms / 1000, received};
    }

    /**
     * The fan-out rows alone (-Dbench.only=fanout), for trying changes to the sender: the services started once,
     * then {@link #fanOut} with its floor; prints, writes nothing.
     */
    void fanOutOnly() throws Exception {
        startServicesOnce();
        try (Receivers receivers = new Receivers(s.receivers(), 8)) {
            fanOut(receivers);
        }
        for (Results.FanOut f : results.fanouts) {
            System.out.println(f);
        }
        // where the last round's time went, by the databases' own clocks: the change's outbox row, then each step of the fan-out
        Map<String, String> pg = Map.of("PGPASSWORD", "a4p");
        String changed = Tools.run(List.of("psql", "-qAt", "-h", "127.0.0.1", "-p", String.valueOf(pgPort()), "-U", "a4p", "-d",
                "recommendations", "-c", "SELECT id || ' ' || created_at || ' ' || sent_at"
                        + " FROM outbox_event WHERE type LIKE '%status%' ORDER BY seq DESC LIMIT 1"), pg, 60).trim();
        System.out.println("[fan-out] status change outbox row (id, created, sent): " + changed);
        System.out.println(Tools.run(List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(pgPort()), "-U", "a4p", "-d",
                "notifications", "-c", """
                WITH n AS (SELECT * FROM notification ORDER BY created_at DESC LIMIT 1),
                     a AS (SELECT a.at FROM delivery_attempt a JOIN delivery d ON d.id = a.delivery_id JOIN n ON n.id = d.notification_id),
                     o AS (SELECT * FROM outbox_event WHERE created_at >= (SELECT created_at FROM n))
                SELECT (SELECT created_at FROM n) AS notification_created,
                       (SELECT processed_at FROM processed_event WHERE event_id = (SELECT id FROM n)) AS inbox_tx_start,
                       (SELECT count(*) FROM a) AS attempts, (SELECT min(at) FROM a) AS first_attempt_done,
                       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY at) FROM a) AS median_attempt_done,
                       (SELECT max(at) FROM a) AS last_attempt_done,
                       (SELECT count(*) FROM o) AS outbox_rows, (SELECT count(DISTINCT created_at) FROM o) AS outbox_txs,
                       (SELECT max(created_at) FROM o) AS last_record_tx, (SELECT max(sent_at) FROM o) AS last_sent
                """), pg, 60));
    }

    /** For a row alone: PostgreSQL, Kafka and the three services, each started once, the read models complete. */
    private void startServicesOnce() throws Exception {
        startInfra();
        publicKey = jwt.publicKey();
        for (String name : List.of(REC, STK, NOT)) {
            ports.put(name, freePort());
            startAndTime(name, Start.FIRST);
        }
        for (ServiceProcess p : services.values()) {
            p.awaitReady(Duration.ofSeconds(120));
        }
        awaitReadModel();
    }

    /** The benchmark's own processes by name (the services, "infrastructure" for Kafka's JVM), for {@link Tools#cpuSeconds}. */
    Map<String, Long> processes() {
        Map<String, Long> named = new LinkedHashMap<>();
        services.forEach((name, p) -> named.put(name, p.pid()));
        if (infra != null) {
            named.put("infrastructure (Kafka)", infra.pid());
        }
        return named;
    }

    /**
     * The write path alone (-Dbench.only=write), for trying changes to it: the services and the dashboard started
     * once, then {@link #writePath}, which prints its figures and where the CPU went; writes nothing.
     */
    void writeOnly() throws Exception {
        startServicesOnce();
        ports.put(DASH, freePort());
        startAndTime(DASH, Start.FIRST);
        awaitServicesReady();
        writePath();
        results.notes.forEach(System.out::println);
    }

    /** The e-mail row alone (-Dbench.only=mail): the services started once, then {@link #mailFanOut}; nothing written. */
    void mailOnly() throws Exception {
        startServicesOnce();
        System.out.println(mailFanOut(s.mailFanout()));
    }

    /**
     * {@code n} confirmed e-mail subscriptions to {@link #MAIL_REC}, all to one address of the infrastructure's SMTP
     * server, get one status change: the time from the change's request until that mailbox holds all {@code n} alerts.
     * Set-up: the subscriptions are created through the API (each sends its confirmation mail, which is waited for) and
     * then confirmed in the database in one statement (following 10,000 confirmation links is not what is measured).
     */
    String mailFanOut(int n) throws Exception {
        String address = "fanout@bench.example.org";
        long setup = System.nanoTime();
        Semaphore inFlight = new Semaphore(16);
        AtomicInteger ok = new AtomicInteger();
        String auth = jwt.delegation(DELEGATION);
        String json = "{\"subscriber\":\"" + DELEGATION + "\",\"channel\":\"EMAIL\",\"target\":\"" + address
                + "\",\"recommendations\":[" + MAIL_REC + "]}";
        for (int i = 0; i < n; i++) {
            if (!inFlight.tryAcquire(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("e-mail subscription creation stalled");
            }
            postAsync(base(NOT) + "/subscriptions", auth, json).whenComplete((r, e) -> {
                if (e == null && r.statusCode() == 201) {
                    ok.incrementAndGet();
                }
                inFlight.release();
            });
        }
        if (!inFlight.tryAcquire(16, 300, TimeUnit.SECONDS) || ok.get() != n) {
            throw new IllegalStateException("only " + ok.get() + " of " + n + " e-mail subscriptions were created");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (imapMessages(address) < n && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        long baseline = imapMessages(address);
        Tools.run(List.of("psql", "-h", "127.0.0.1", "-p", String.valueOf(pgPort()), "-U", "a4p", "-d", "notifications", "-c",
                "UPDATE subscription SET confirmed = TRUE, confirmed_at = now() WHERE channel = 'EMAIL' AND NOT confirmed"),
                Map.of("PGPASSWORD", "a4p"), 60);
        System.out.printf("[mail fan-out] %d confirmed e-mail subscriptions in place (setup %.1f s)%n", n, (System.nanoTime() - setup) / 1e9);
        Thread.sleep(2000);
        String load = load();
        long t0 = System.nanoTime();
        changeStatus(MAIL_REC, "UNDER_CONSIDERATION");
        long received = 0;
        long last = t0;
        deadline = t0 + TimeUnit.SECONDS.toNanos(600);
        while (received < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
            long now = imapMessages(address) - baseline;
            if (now != received) {
                received = now;
                last = System.nanoTime();
            }
        }
        String figure = received >= n
                ? String.format("%.2f s", (last - t0) / 1e9)
                : "not completed (" + received + " of " + n + " within 600 s)";
        return String.format("E-mail fan-out: one status change to %d confirmed e-mail subscriptions, from the request until the "
                + "SMTP server (GreenMail, IMAP count polled every 100 ms) holds all %d alerts: %s (load %s).", n, n, figure, load);
    }

    /** The number of messages in {@code address}'s INBOX, asked over IMAP (STATUS). */
    long imapMessages(String address) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Integer.parseInt(infraInfo.getProperty("imap.port")));
             var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII), true)) {
            socket.setSoTimeout(30_000);
            in.readLine();
            out.print("a1 LOGIN " + address + " x\r\na2 STATUS INBOX (MESSAGES)\r\na3 LOGOUT\r\n");
            out.flush();
            long count = 0;
            for (String line; (line = in.readLine()) != null; ) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("MESSAGES (\\d+)").matcher(line);
                if (line.startsWith("* STATUS") && m.find()) {
                    count = Long.parseLong(m.group(1));
                }
                if (line.startsWith("a2 ")) {
                    break;
                }
            }
            return count;
        }
    }

    /** Creates {@code count} subscriptions to the fan-out recommendation, 16 requests in flight, spread over the receivers. */
    int createSubscriptions(Receivers receivers, int from, int count) throws Exception {
        Semaphore inFlight = new Semaphore(16);
        AtomicInteger ok = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        String auth = jwt.delegation(DELEGATION);
        for (int i = from; i < from + count; i++) {
            if (!inFlight.tryAcquire(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("subscription creation stalled");
            }
            postAsync(base(NOT) + "/subscriptions", auth, subscriptionJson(receivers.url(i, "/f/" + i), FANOUT_REC))
                    .whenComplete((r, e) -> {
                        if (e == null && r.statusCode() == 201) {
                            ok.incrementAndGet();
                        } else if (failures.size() < 5) {
                            failures.add(e != null ? e.toString() : r.statusCode() + " " + r.body());
                        }
                        inFlight.release();
                    });
        }
        if (!inFlight.tryAcquire(16, 300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("subscription creation did not finish");
        }
        if (ok.get() != count) {
            throw new IllegalStateException((count - ok.get()) + " subscriptions failed, e.g. " + failures);
        }
        return count;
    }

    /** The load averages of /proc/loadavg, recorded before each measurement. */
    static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " / " + f[1] + " / " + f[2];
    }

    Path writeResource(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }
}

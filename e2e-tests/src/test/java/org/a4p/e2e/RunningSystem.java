package org.a4p.e2e;

import org.a4p.infra.FreePorts;
import org.a4p.infra.KafkaUsers;
import org.a4p.infra.ServiceProcess;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as separate processes, started once per test JVM: the real PostgreSQL and Kafka
 * of {@link TestInfra} (a three-node Kafka cluster: the module's failsafe sets {@link TestInfra#KAFKA_NODES}),
 * then {@link #REPLICAS} replicas of each of the three services from their packaged jars on free ports, each
 * service's replicas on one database, configured by environment variables exactly as in docker-compose.yml, and one
 * dashboard (it only reads: its own database and Kafka principal, as ./run.sh starts it).
 */
public final class RunningSystem {

    /** Replicas of each service ({@code -Da4p.e2e.replicas=1} for one). */
    public static final int REPLICAS = Integer.getInteger("a4p.e2e.replicas", 2);

    private static RunningSystem instance;

    /** The first replica of each service; {@link #replicas} has them all. Replaced when stopped services are started again. */
    volatile ServiceProcess recommendations;
    volatile ServiceProcess stakeholders;
    volatile ServiceProcess notifications;
    final ServiceProcess dashboard;
    final Map<String, List<ServiceProcess>> replicas;
    private final Path root;
    private final Path publicKey;
    private final int recommendationsPort;
    /** Set by {@link #stopServices}, cleared once {@link #get} has started them again (the shutdown hook stops too). */
    private volatile boolean stopped;

    private RunningSystem(Map<String, List<ServiceProcess>> replicas, ServiceProcess dashboard, Path root, Path publicKey,
                          int recommendationsPort) {
        this.replicas = replicas;
        this.dashboard = dashboard;
        this.root = root;
        this.publicKey = publicKey;
        this.recommendationsPort = recommendationsPort;
        this.recommendations = replicas.get("recommendations-service").get(0);
        this.stakeholders = replicas.get("stakeholders-service").get(0);
        this.notifications = replicas.get("notifications-service").get(0);
    }

    /** The last replica of the service (the first one when there is one). */
    ServiceProcess last(ServiceProcess first) {
        List<ServiceProcess> all = replicas.get(first.name());
        return all.get(all.size() - 1);
    }

    /**
     * The running system, started on first use. Services a test class stopped ({@link #stopServices}) are started
     * again here, by the next class that asks for the system, so that no class depends on which ran before it; when
     * the class that stops them runs last (it is ordered so), nobody pays for a restart.
     */
    static synchronized RunningSystem get() {
        try {
            if (instance == null) {
                instance = start();
            } else if (instance.stopped) {
                instance.restartServices();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not start the system", e);
        }
        return instance;
    }

    private static RunningSystem start() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("a4p.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("e2e-tests/target/service-logs");
        Path publicKey = testPublicKey(root.resolve("e2e-tests/target"));
        int recPort = freePort();
        Map<String, List<ServiceProcess>> replicas = new LinkedHashMap<>();
        List<ServiceProcess> all = new ArrayList<>();
        for (String database : List.of("recommendations", "stakeholders", "notifications")) {
            String name = database + "-service";
            for (int i = 1; i <= REPLICAS; i++) {
                ServiceProcess p = start(root, name, i, i == 1 && name.startsWith("rec") ? recPort : freePort(), database,
                        recPort, logs, publicKey, "");
                replicas.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
                all.add(p);
            }
        }
        Map<String, String> dashboardEnv = serviceEnv("dashboard", KafkaUsers.DASHBOARD, "http://localhost:" + recPort, publicKey);
        dashboardEnv.put("A4P_DASHBOARD_STAKEHOLDERS_BASE_URL", replicas.get("stakeholders-service").get(0).baseUrl());
        dashboardEnv.put("QUARKUS_VERTX_CACHE_DIRECTORY", logs.resolve("vertx-cache").resolve("dashboard").toString());
        ServiceProcess dashboard = ServiceProcess.start(root, "dashboard", freePort(), dashboardEnv, logs.resolve("dashboard.log"),
                JVM_OPTIONS);
        all.add(dashboard);
        RunningSystem system = new RunningSystem(replicas, dashboard, root, publicKey, recPort);
        // before PostgreSQL and Kafka stop: a service whose broker is gone can take its whole grace period to stop
        TestInfra.beforeStop(system::stopAll);
        for (ServiceProcess p : all) {
            p.awaitReady(Duration.ofSeconds(180));
        }
        return system;
    }

    /**
     * Stops every replica of the three services, all at once; the dashboard, PostgreSQL and Kafka keep running.
     * The next {@link #get} starts them again.
     */
    synchronized void stopServices() {
        ServiceProcess.stopAll(replicas.values().stream().flatMap(List::stream).toList(), Duration.ofSeconds(15));
        stopped = true;
    }

    /** Stops the dashboard and every replica of the three services, all at once. */
    private synchronized void stopAll() {
        List<ServiceProcess> all = new ArrayList<>(replicas.values().stream().flatMap(List::stream).toList());
        all.add(dashboard);
        ServiceProcess.stopAll(all, Duration.ofSeconds(15));
        stopped = true;
    }

    /**
     * Starts the stopped replicas again on their ports, for the next test class that asks for the system, and waits
     * until they are ready. Their logs go to a second file each.
     */
    private synchronized void restartServices() throws IOException, InterruptedException {
        Path logs = root.resolve("e2e-tests/target/service-logs");
        List<ServiceProcess> started = new ArrayList<>();
        for (Map.Entry<String, List<ServiceProcess>> service : replicas.entrySet()) {
            List<ServiceProcess> list = service.getValue();
            for (int i = 0; i < list.size(); i++) {
                ServiceProcess old = list.get(i);
                if (old.isAlive()) {
                    continue;
                }
                String name = service.getKey();
                ServiceProcess p = start(root, name, i + 1, old.port(), name.replace("-service", ""), recommendationsPort,
                        logs, publicKey, "-restarted");
                list.set(i, p);
                started.add(p);
            }
        }
        for (ServiceProcess p : started) {
            p.awaitReady(Duration.ofSeconds(180));
        }
        recommendations = replicas.get("recommendations-service").get(0);
        stakeholders = replicas.get("stakeholders-service").get(0);
        notifications = replicas.get("notifications-service").get(0);
        stopped = false;
    }

    private static ServiceProcess start(Path root, String name, int replica, int port, String database, int recommendationsPort,
                                        Path logs, Path publicKey, String logSuffix) throws IOException {
        Map<String, String> env = serviceEnv(database, "http://localhost:" + recommendationsPort, publicKey);
        // notifications-service: a briefing is created at the next check; every second, not every minute, keeps ClientsIT short
        env.put("A4P_BRIEFINGS_INTERVAL", "1s");
        env.put("QUARKUS_VERTX_CACHE_DIRECTORY", logs.resolve("vertx-cache").resolve(name + "-" + replica).toString());
        return ServiceProcess.start(root, name, port, env, logs.resolve(name + "-" + replica + logSuffix + ".log"), JVM_OPTIONS);
    }

    /** The tests' service JVMs: a larger heap than production's, which the start-up compiles and class loading like. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** A service's configuration, by environment variables as in docker-compose.yml, on the test infrastructure. */
    public static Map<String, String> serviceEnv(String database, String recommendationsBaseUrl, Path publicKey) {
        return serviceEnv(database, database + "-service", recommendationsBaseUrl, publicKey);
    }

    /** The same for the application logging in to Kafka as {@code principal}. */
    static Map<String, String> serviceEnv(String database, String principal, String recommendationsBaseUrl, Path publicKey) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestInfra.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", TestInfra.DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestInfra.DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestInfra.kafkaBootstrapServers());
        env.putAll(KafkaUsers.serviceEnvironment(principal));
        env.put("A4P_LINKS_RECOMMENDATIONS_BASE_URL", recommendationsBaseUrl);
        // the services trust the test key pair, as a deployment trusts its issuer's key (tests send Tokens)
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        return env;
    }

    /** The test public key as a file, for processes that do not have a4p-testing on their classpath. */
    public static Path testPublicKey(Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        Path file = dir.resolve("test-publicKey.pem");
        try (var in = RunningSystem.class.getClassLoader().getResourceAsStream(Tokens.PUBLIC_KEY_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(Tokens.PUBLIC_KEY_LOCATION + " is not on the classpath");
            }
            java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    public static int freePort() throws IOException {
        return FreePorts.next();
    }
}

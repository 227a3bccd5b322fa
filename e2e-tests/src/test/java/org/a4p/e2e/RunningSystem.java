package org.a4p.e2e;

import org.a4p.infra.KafkaUsers;
import org.a4p.infra.ServiceProcess;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
 * service's replicas on one database, configured by environment variables exactly as in docker-compose.yml.
 */
public final class RunningSystem {

    /** Replicas of each service ({@code -Da4p.e2e.replicas=1} for one). */
    public static final int REPLICAS = Integer.getInteger("a4p.e2e.replicas", 2);

    private static RunningSystem instance;

    /** The first replica of each service; {@link #replicas} has them all. */
    final ServiceProcess recommendations;
    final ServiceProcess stakeholders;
    final ServiceProcess notifications;
    final Map<String, List<ServiceProcess>> replicas;

    private RunningSystem(Map<String, List<ServiceProcess>> replicas) {
        this.replicas = replicas;
        this.recommendations = replicas.get("recommendations-service").get(0);
        this.stakeholders = replicas.get("stakeholders-service").get(0);
        this.notifications = replicas.get("notifications-service").get(0);
    }

    /** The last replica of the service (the first one when there is one). */
    ServiceProcess last(ServiceProcess first) {
        List<ServiceProcess> all = replicas.get(first.name());
        return all.get(all.size() - 1);
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the system", e);
            }
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
                        recPort, logs, publicKey);
                replicas.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
                all.add(p);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = all.size() - 1; i >= 0; i--) {
                all.get(i).stop(Duration.ofSeconds(15));
            }
        }, "e2e-services-stop"));
        for (ServiceProcess p : all) {
            p.awaitReady(Duration.ofSeconds(180));
        }
        return new RunningSystem(replicas);
    }

    private static ServiceProcess start(Path root, String name, int replica, int port, String database, int recommendationsPort,
                                        Path logs, Path publicKey) throws IOException {
        Map<String, String> env = serviceEnv(database, "http://localhost:" + recommendationsPort, publicKey);
        // notifications-service: a briefing is created at the next check; every second, not every minute, keeps ClientsIT short
        env.put("A4P_BRIEFINGS_INTERVAL", "1s");
        env.put("QUARKUS_VERTX_CACHE_DIRECTORY", logs.resolve("vertx-cache").resolve(name + "-" + replica).toString());
        return ServiceProcess.start(root, name, port, env, logs.resolve(name + "-" + replica + ".log"), JVM_OPTIONS);
    }

    /** The tests' service JVMs: a larger heap than production's, which the start-up compiles and class loading like. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** A service's configuration, by environment variables as in docker-compose.yml, on the test infrastructure. */
    public static Map<String, String> serviceEnv(String database, String recommendationsBaseUrl, Path publicKey) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestInfra.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", TestInfra.DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestInfra.DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestInfra.kafkaBootstrapServers());
        env.putAll(KafkaUsers.serviceEnvironment(database + "-service"));
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
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

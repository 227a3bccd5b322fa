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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as separate processes, started once per test JVM: the real PostgreSQL and Kafka
 * of {@link TestInfra}, then the three services from their packaged jars on free ports, configured by
 * environment variables exactly as in docker-compose.yml.
 */
public final class RunningSystem {

    private static RunningSystem instance;

    final ServiceProcess recommendations;
    final ServiceProcess stakeholders;
    final ServiceProcess notifications;

    private RunningSystem(ServiceProcess recommendations, ServiceProcess stakeholders, ServiceProcess notifications) {
        this.recommendations = recommendations;
        this.stakeholders = stakeholders;
        this.notifications = notifications;
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
        ServiceProcess rec = start(root, "recommendations-service", recPort, "recommendations", recPort, logs, publicKey);
        ServiceProcess sh = start(root, "stakeholders-service", freePort(), "stakeholders", recPort, logs, publicKey);
        ServiceProcess no = start(root, "notifications-service", freePort(), "notifications", recPort, logs, publicKey);
        RunningSystem system = new RunningSystem(rec, sh, no);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ServiceProcess p : List.of(no, sh, rec)) {
                p.stop(Duration.ofSeconds(15));
            }
        }, "e2e-services-stop"));
        for (ServiceProcess p : List.of(rec, sh, no)) {
            p.awaitReady(Duration.ofSeconds(120));
        }
        return system;
    }

    private static ServiceProcess start(Path root, String name, int port, String database, int recommendationsPort,
                                        Path logs, Path publicKey) throws IOException {
        Map<String, String> env = serviceEnv(database, "http://localhost:" + recommendationsPort, publicKey);
        // notifications-service: a briefing is created at the next check; every second, not every minute, keeps ClientsIT short
        env.put("A4P_BRIEFINGS_INTERVAL", "1s");
        return ServiceProcess.start(root, name, port, env, logs.resolve(name + ".log"),
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

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

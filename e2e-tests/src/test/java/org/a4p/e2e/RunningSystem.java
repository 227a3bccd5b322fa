package org.a4p.e2e;

import org.a4p.infra.ServiceProcess;
import org.a4p.testing.TestInfra;

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
final class RunningSystem {

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
        int recPort = freePort();
        ServiceProcess rec = start(root, "recommendations-service", recPort, "recommendations", recPort, logs);
        ServiceProcess sh = start(root, "stakeholders-service", freePort(), "stakeholders", recPort, logs);
        ServiceProcess no = start(root, "notifications-service", freePort(), "notifications", recPort, logs);
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
                                        Path logs) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestInfra.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", TestInfra.DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestInfra.DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestInfra.kafkaBootstrapServers());
        env.put("A4P_LINKS_RECOMMENDATIONS_BASE_URL", "http://localhost:" + recommendationsPort);
        return ServiceProcess.start(root, name, port, env, logs.resolve(name + ".log"),
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

package org.a4p.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run command behind ./run.sh: PostgreSQL, Kafka, the three services and the dashboard on this machine, no Docker.
 *
 * <p>Ports come from the environment (RECOMMENDATIONS_PORT, STAKEHOLDERS_PORT, NOTIFICATIONS_PORT, DASHBOARD_PORT,
 * defaults 8081-8084; A4P_PG_PORT, A4P_KAFKA_PORT, A4P_SMTP_PORT and A4P_IMAP_PORT default to free ports). A local SMTP
 * server takes the mail of e-mail subscriptions; it is read over IMAP. Data lives in a temporary
 * directory that is deleted on exit unless A4P_DATA_DIR names one to keep. Ctrl-C (or SIGTERM) stops the
 * services gracefully, then Kafka and PostgreSQL, and removes the temporary data. The services verify bearer
 * tokens with the key pair of {@link LocalKeys} (generated under .a4p/keys on first start; see ./token.sh).
 */
public final class RunLocal {

    record Service(String name, String envPort, int defaultPort, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("recommendations-service", "RECOMMENDATIONS_PORT", 8081, "recommendations"),
            new Service("stakeholders-service", "STAKEHOLDERS_PORT", 8082, "stakeholders"),
            new Service("notifications-service", "NOTIFICATIONS_PORT", 8083, "notifications"),
            new Service("dashboard", "DASHBOARD_PORT", 8084, "dashboard"));

    public static void main(String[] args) throws Exception {
        System.setProperty("ot.epg.working-dir", PostgresNode.binariesDir().toString());
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path logs = root.resolve(".a4p/logs");
        Files.createDirectories(logs);

        Map<String, String> infraOptions = new LinkedHashMap<>();
        infraOptions.put("pg-port", env("A4P_PG_PORT", "0"));
        infraOptions.put("kafka-port", env("A4P_KAFKA_PORT", "0"));
        infraOptions.put("smtp-port", env("A4P_SMTP_PORT", "0"));
        infraOptions.put("imap-port", env("A4P_IMAP_PORT", "0"));
        if (System.getenv("A4P_DATA_DIR") != null && !System.getenv("A4P_DATA_DIR").isBlank()) {
            infraOptions.put("data-dir", System.getenv("A4P_DATA_DIR"));
        }
        Map<Service, Integer> ports = new LinkedHashMap<>();
        for (Service s : SERVICES) {
            int port = Integer.parseInt(env(s.envPort(), String.valueOf(s.defaultPort())));
            ensureFree(port, s.envPort());
            ports.put(s, port);
        }

        LocalInfra infra = new LocalInfra(infraOptions);
        List<ServiceProcess> running = new java.util.concurrent.CopyOnWriteArrayList<>(); // read by the shutdown hook
        CountDownLatch stopping = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            System.out.println("\nStopping...");
            long start = System.nanoTime();
            ServiceProcess.stopAll(running, Duration.ofSeconds(15));
            infra.shutdown();
            System.out.printf("Stopped everything in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        }, "a4p-run-stop"));

        // tokens: the services trust the key pair of this clone (./token.sh signs with it)
        LocalKeys keys = LocalKeys.ensure(root);

        long t0 = System.nanoTime();
        infra.startServers();
        String jdbcBase = "jdbc:postgresql://localhost:" + infra.postgresPort() + "/";
        for (Service s : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_PROFILE", env("QUARKUS_PROFILE", "local"));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + s.database());
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresNode.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresNode.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
            env.putAll(KafkaUsers.serviceEnvironment(s.name()));
            env.put("A4P_LINKS_RECOMMENDATIONS_BASE_URL", "http://localhost:" + ports.get(SERVICES.get(0)));
            // the dashboard's sessions page links to stakeholders-service's calendar
            env.put("A4P_DASHBOARD_STAKEHOLDERS_BASE_URL", "http://localhost:" + ports.get(SERVICES.get(1)));
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toUri().toString());
            env.put("MP_JWT_VERIFY_ISSUER", LocalKeys.ISSUER);
            if (s.database().equals("notifications")) {
                // e-mail subscriptions: the local SMTP server, whose mail is read over IMAP (printed below)
                env.put("QUARKUS_MAILER_HOST", infra.mail().host());
                env.put("QUARKUS_MAILER_PORT", String.valueOf(infra.mail().smtpPort()));
                env.put("QUARKUS_MAILER_MOCK", "false");
                env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            }
            running.add(ServiceProcess.start(root, s.name(), ports.get(s), env, logs.resolve(s.name() + ".log"),
                    ServiceProcess.jvmOptions()));
        }
        for (ServiceProcess p : running) {
            try {
                p.awaitReady(Duration.ofSeconds(120));
            } catch (IllegalStateException e) {
                System.out.println("FAILED: " + e.getMessage());
                System.out.println("--- last lines of " + p.log() + " ---");
                List<String> lines = Files.readAllLines(p.log());
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
                System.exit(1);
            }
        }
        System.out.printf("%nA4P Tracker is ready (%.1f s). Ctrl-C stops everything.%n%n",
                (System.nanoTime() - t0) / 1e9);
        System.out.printf("  %-24s %-28s %s%n", "service", "API", "Swagger UI");
        for (ServiceProcess p : running) {
            System.out.printf("  %-24s %-28s %s%n", p.name(), p.baseUrl(), p.baseUrl() + "/q/swagger-ui");
        }
        System.out.printf("%n  Dashboard (web pages for people): http://localhost:%d/%n", ports.get(SERVICES.get(3)));
        System.out.printf("%n  PostgreSQL  localhost:%d (user %s, databases recommendations, stakeholders, notifications, dashboard)%n",
                infra.postgresPort(), PostgresNode.USER);
        System.out.printf("  Kafka       %s (SASL SCRAM-SHA-512; super user %s, password %s)%n", infra.kafkaBootstrapServers(),
                KafkaUsers.ADMIN, KafkaUsers.password(KafkaUsers.ADMIN));
        System.out.printf("  Mail        SMTP %s:%d takes every mail of notifications-service (e-mail subscriptions); read it over%n"
                        + "              IMAP %s:%d (no TLS): user name = the recipient's address, any password (Thunderbird, mutt,%n"
                        + "              curl \"imap://%s:%d/INBOX;UID=1\" -u 'desk@mission.example.org:x')%n",
                infra.mail().host(), infra.mail().smtpPort(), infra.mail().host(), infra.mail().imapPort(),
                infra.mail().host(), infra.mail().imapPort());
        System.out.printf("  Logs        %s%n", logs);
        System.out.printf("%n  Writes need a bearer token: ./token.sh secretariat, or ./token.sh delegation \"Delegation of Sweden\";%n"
                + "  paste it into Swagger UI's Authorize button (valid 12 h).%n");
        System.out.flush();
        // Watch the services; the main thread must also stay alive for PostgreSQL's sake (see LocalInfra).
        while (!stopping.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            for (ServiceProcess p : running) {
                if (!p.isAlive() && stopping.getCount() > 0) {
                    System.out.println(p.name() + " exited unexpectedly; see " + p.log() + ". Stopping everything.");
                    System.exit(1);
                }
            }
        }
        Thread.sleep(Long.MAX_VALUE); // the shutdown hook is stopping everything; the JVM ends after it
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void ensureFree(int port, String variable) {
        try (ServerSocket s = new ServerSocket(port)) {
            s.setReuseAddress(true);
        } catch (IOException e) {
            System.out.println("Port " + port + " is in use; set " + variable + " to another port.");
            System.exit(2);
        }
    }
}

package org.a4p.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The real PostgreSQL, Kafka and SMTP server of the tests: forked once per test JVM as a child process running
 * {@code org.a4p.infra.LocalInfra} on random free ports, and stopped (its data deleted) when the JVM
 * exits. Quarkus may load this class more than once (one class loader per application start), so the
 * addresses live in system properties, which every class loader sees.
 */
public final class TestInfra {

    private static final String PG_PORT = "a4p.infra.pg-port";
    private static final String KAFKA = "a4p.infra.kafka";
    private static final String CONTROL = "a4p.infra.control";
    private static final String HOST = "a4p.infra.pg-host";
    /** Set to 3 (the e2e module does) for a cluster of three Kafka node processes instead of one broker. */
    public static final String KAFKA_NODES = "a4p.infra.kafka-nodes";
    /** An address for PostgreSQL and Kafka to listen on and advertise instead of localhost (the fault scenarios). */
    public static final String LISTEN_HOST = "a4p.infra.host";
    private static final String SMTP = "a4p.infra.smtp";
    private static final String IMAP = "a4p.infra.imap";

    private TestInfra() {
    }

    /** Starts the infrastructure unless this JVM already has it. */
    public static void ensureStarted() {
        synchronized (ONE_PER_JVM) {
            if (System.getProperty(KAFKA) != null) {
                return;
            }
            try {
                fork();
            } catch (IOException e) {
                throw new IllegalStateException("could not start PostgreSQL and Kafka for the tests", e);
            }
        }
    }

    /**
     * The lock of {@link #ensureStarted}: a string literal, which the JVM interns, is the same object in every class
     * loader's copy of this class, where a {@code synchronized} method would lock only its own copy (the start ahead of
     * the tests, {@link InfraPrestart}, runs in the launcher's class loader, the first test in Quarkus's).
     */
    private static final String ONE_PER_JVM = "org.a4p.testing.TestInfra: one infrastructure per JVM";

    public static String kafkaBootstrapServers() {
        ensureStarted();
        return System.getProperty(KAFKA);
    }

    public static int postgresPort() {
        ensureStarted();
        return Integer.parseInt(System.getProperty(PG_PORT));
    }

    /** The loopback host of the mail server (SMTP and IMAP). */
    public static String mailHost() {
        ensureStarted();
        return System.getProperty(SMTP).substring(0, System.getProperty(SMTP).lastIndexOf(':'));
    }

    public static int smtpPort() {
        ensureStarted();
        return Integer.parseInt(System.getProperty(SMTP).substring(System.getProperty(SMTP).lastIndexOf(':') + 1));
    }

    /** IMAP over the same mailboxes: user name the recipient's address, any password. */
    public static int imapPort() {
        ensureStarted();
        return Integer.parseInt(System.getProperty(IMAP).substring(System.getProperty(IMAP).lastIndexOf(':') + 1));
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + System.getProperty(HOST, "localhost") + ":" + postgresPort() + "/" + database;
    }

    public static final String DB_USER = "a4p";
    public static final String DB_PASSWORD = "a4p";

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), DB_USER, DB_PASSWORD);
    }

    public static void stopKafka() {
        control("kafka-stop");
    }

    public static void startKafka() {
        control("kafka-start");
    }

    public static void stopPostgres() {
        control("pg-stop");
    }

    public static void startPostgres() {
        control("pg-start");
    }

    /** The cluster node that leads most partitions of the topic. */
    public static int kafkaLeader(String topic) {
        return Integer.parseInt(control("kafka-leader " + topic).substring(3).trim());
    }

    /** SIGKILL of one cluster node. */
    public static void killKafkaNode(int id) {
        control("kafka-kill " + id);
    }

    public static void startKafkaNode(int id) {
        control("kafka-start " + id);
    }

    /** Stops the SMTP server (a mail server outage); the mail received so far stays readable over IMAP. */
    public static void stopSmtp() {
        control("smtp-stop");
    }

    public static void startSmtp() {
        control("smtp-start");
    }

    private static String control(String command) {
        ensureStarted();
        int port = Integer.parseInt(System.getProperty(CONTROL));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
             PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            s.setSoTimeout(120_000);
            out.println(command);
            String answer = in.readLine();
            if (answer == null || !answer.startsWith("OK")) {
                throw new IllegalStateException("infrastructure refused '" + command + "': " + answer);
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("infrastructure control failed for '" + command + "'", e);
        }
    }

    /**
     * Runs {@code task} when this JVM exits, before the servers stop: for what uses them and must end first (the e2e
     * tests' service processes), since the JVM runs its shutdown hooks all at once, in no order.
     */
    public static void beforeStop(Runnable task) {
        BEFORE_STOP.add(task);
    }

    private static final List<Runnable> BEFORE_STOP = new CopyOnWriteArrayList<>();

    private static void fork() throws IOException {
        String home = System.getProperty("a4p.infra.home");
        if (home == null) {
            throw new IllegalStateException("system property a4p.infra.home is not set (the parent pom sets it for surefire and failsafe)");
        }
        Path target = Path.of(home);
        Path classpathFile = target.resolve("infra.classpath");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build a4p-testinfra first (./mvnw verify does)");
        }
        String classpath = target.resolve("classes") + java.io.File.pathSeparator
                + Files.readString(classpathFile).trim();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, "org.a4p.infra.LocalInfra", "--exit-on-stdin-eof"));
        for (String option : List.of(KAFKA_NODES, LISTEN_HOST)) {
            String value = System.getProperty(option);
            if (value != null && !value.isBlank()) {
                command.addAll(List.of("--" + option.substring("a4p.infra.".length()), value));
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    System.out.println(line.startsWith("[infra]") ? line : "[infra] " + line);
                    if (line.startsWith("A4P_INFRA_READY") || line.startsWith("A4P_INFRA_FAILED")) {
                        ready.complete(line);
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
            ready.complete("A4P_INFRA_FAILED process ended");
        }, "a4p-infra-output");
        pump.setDaemon(true);
        pump.start();
        String line;
        try {
            line = ready.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("PostgreSQL and Kafka did not start within 180 s", e);
        }
        if (!line.startsWith("A4P_INFRA_READY")) {
            // It stops what it did start and exits by itself: killed at once, it left a started PostgreSQL running
            // (seen after a port clash; the server outlived the build by an hour and a half).
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("infrastructure failed: " + line);
        }
        for (String part : line.split(" ")) {
            if (part.startsWith("postgres=")) {
                System.setProperty(PG_PORT, part.substring(part.lastIndexOf(':') + 1));
                System.setProperty(HOST, part.substring("postgres=".length(), part.lastIndexOf(':')));
            } else if (part.startsWith("kafka=")) {
                System.setProperty(KAFKA, part.substring("kafka=".length()));
            } else if (part.startsWith("smtp=")) {
                System.setProperty(SMTP, part.substring("smtp=".length()));
            } else if (part.startsWith("imap=")) {
                System.setProperty(IMAP, part.substring("imap=".length()));
            } else if (part.startsWith("control=")) {
                System.setProperty(CONTROL, part.substring("control=".length()));
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Runnable task : BEFORE_STOP) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // the servers stop all the same: a task that failed must not leave PostgreSQL behind
                    System.out.println("[infra] a task before the stop failed: " + e);
                }
            }
            // Closing stdin tells the child to stop both servers and delete its data directory.
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.flush();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "a4p-infra-stop"));
    }
}

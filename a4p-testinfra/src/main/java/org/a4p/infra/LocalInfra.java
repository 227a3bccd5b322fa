package org.a4p.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL server, a real single-node KRaft Kafka broker and a real SMTP (+ IMAP) server, without Docker.
 *
 * <p>Run as its own process (by ./run.sh and by the tests' {@code TestInfra}) so that Kafka's server
 * classes never share a classpath with the Quarkus applications. Once both are up it prints one line,
 * {@code A4P_INFRA_READY postgres=host:port kafka=host:port smtp=host:port imap=host:port control=port}, and then takes line
 * commands on a loopback control port (see {@link #handle(String)}) so tests can stop and start the
 * broker or the database in the middle of a scenario.
 *
 * <p>Everything it writes lives under one data directory. Unless {@code --data-dir} is given, that
 * directory is temporary and is deleted when the process ends (normal exit, SIGTERM, Ctrl-C, or end of
 * standard input when {@code --exit-on-stdin-eof} is set, which is how a test JVM that dies takes its
 * infrastructure with it).
 */
public final class LocalInfra {

    private final Map<String, String> options;
    private final Path dataDir;
    private final boolean deleteDataOnExit;
    private final PostgresNode postgres;
    private final KafkaServers kafka;
    /** Where PostgreSQL and Kafka listen (besides loopback for PostgreSQL) and what they advertise. */
    private final String host;
    private final MailNode mail;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean shuttingDown;

    LocalInfra(Map<String, String> options) throws IOException {
        this.options = options;
        String dir = options.get("data-dir");
        if (dir == null) {
            this.dataDir = Files.createTempDirectory("a4p-infra-");
            this.deleteDataOnExit = true;
        } else {
            this.dataDir = Path.of(dir).toAbsolutePath();
            Files.createDirectories(dataDir);
            this.deleteDataOnExit = false;
        }
        int pgPort = port(options.getOrDefault("pg-port", "0"));
        int kafkaPort = port(options.getOrDefault("kafka-port", "0"));
        List<String> databases = List.of(options.getOrDefault("databases",
                "recommendations,stakeholders,notifications,dashboard").split(","));
        this.host = options.getOrDefault("host", "localhost");
        this.postgres = new PostgresNode(dataDir.resolve("postgres"), pgPort, databases, host);
        // --kafka-nodes 3: a cluster of node processes (the e2e and fault tests); otherwise one broker in this JVM
        this.kafka = "3".equals(options.get("kafka-nodes"))
                ? new KafkaCluster(dataDir.resolve("kafka"), host)
                : new KafkaNode(dataDir.resolve("kafka"), kafkaPort, port("0"));
        this.mail = new MailNode(port(options.getOrDefault("smtp-port", "0")), port(options.getOrDefault("imap-port", "0")),
                "0".equals(options.getOrDefault("smtp-port", "0")));
    }

    public static void main(String[] args) throws Exception {
        // zonky creates its default working directory under java.io.tmpdir when its class loads;
        // point it at the same cache that PostgresNode unpacks the binaries into.
        System.setProperty("ot.epg.working-dir", PostgresNode.binariesDir().toString());
        Map<String, String> options = parse(args);
        LocalInfra infra = new LocalInfra(options);
        Runtime.getRuntime().addShutdownHook(new Thread(infra::shutdown, "a4p-infra-shutdown"));
        try {
            infra.startServers();
        } catch (Exception e) {
            System.out.println("A4P_INFRA_FAILED " + e);
            e.printStackTrace(System.out);
            System.exit(1);
        }
        ServerSocket control = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread controlThread = new Thread(() -> infra.serve(control), "a4p-infra-control");
        controlThread.setDaemon(true);
        controlThread.start();
        String ready = "A4P_INFRA_READY postgres=" + infra.host + ":" + infra.postgres.port()
                + " kafka=" + infra.kafka.bootstrapServers()
                + " smtp=" + infra.mail.host() + ":" + infra.mail.smtpPort()
                + " imap=" + infra.mail.host() + ":" + infra.mail.imapPort()
                + " control=" + control.getLocalPort()
                + " data=" + infra.dataDir;
        if (options.containsKey("info-file")) {
            writeInfoFile(Path.of(options.get("info-file")), infra, control.getLocalPort());
        }
        System.out.println(ready);
        System.out.flush();
        if (options.containsKey("exit-on-stdin-eof")) {
            exitOnStdinEof();
        }
        // The main thread stays alive for the whole life of the servers: PostgreSQL's child processes
        // may be bound to the thread that started them (PDEATHSIG), so it must not return early.
        infra.stopped.await();
    }

    /** Ends this JVM (its shutdown hooks stop the servers) when standard input ends: the parent process is gone. */
    static void exitOnStdinEof() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // ignore input; only its end matters
                }
            } catch (IOException ignored) {
                // the parent is gone either way
            }
            System.exit(0);
        }, "a4p-infra-stdin");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Starts PostgreSQL and Kafka side by side (PostgreSQL's work is in its own processes, Kafka's in this JVM: about
     * two seconds off every start, i.e. every test JVM's and ./run.sh's), then the mail server; must be called from a
     * thread that lives as long as they do.
     */
    void startServers() throws Exception {
        CompletableFuture<Void> kafkaStarted = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                kafka.start();
                kafkaStarted.complete(null);
            } catch (Throwable e) {
                kafkaStarted.completeExceptionally(e);
            }
        }, "a4p-kafka-start");
        starter.start();
        postgres.start();
        try {
            kafkaStarted.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        mail.start();
    }

    MailNode mail() {
        return mail;
    }

    int postgresPort() {
        return postgres.port();
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static void writeInfoFile(Path file, LocalInfra infra, int controlPort) throws IOException {
        Properties p = new Properties();
        p.setProperty("postgres.port", String.valueOf(infra.postgres.port()));
        p.setProperty("kafka.bootstrap.servers", infra.kafka.bootstrapServers());
        p.setProperty("control.port", String.valueOf(controlPort));
        p.setProperty("smtp.port", String.valueOf(infra.mail.smtpPort()));
        p.setProperty("imap.port", String.valueOf(infra.mail.imapPort()));
        p.setProperty("data.dir", infra.dataDir.toString());
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "A4P local infrastructure");
        }
    }

    private void serve(ServerSocket control) {
        while (!shuttingDown) {
            try (Socket s = control.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(handle(line.trim()));
                }
            } catch (IOException e) {
                if (!shuttingDown) {
                    System.out.println("[infra] control connection error: " + e.getMessage());
                }
            }
        }
    }

    /**
     * One control command; answers {@code OK ...} or {@code ERR ...}. With a cluster also {@code kafka-leader TOPIC}
     * (answers {@code OK <node id>} of the node leading most of its partitions), {@code kafka-kill N} (SIGKILL) and
     * {@code kafka-start N}.
     */
    synchronized String handle(String command) {
        try {
            String[] words = command.split(" ");
            if (words.length == 2 && kafka instanceof KafkaCluster cluster) {
                switch (words[0]) {
                    case "kafka-leader" -> {
                        return "OK " + cluster.leader(words[1]);
                    }
                    case "kafka-kill" -> cluster.kill(Integer.parseInt(words[1]));
                    case "kafka-start" -> cluster.start(Integer.parseInt(words[1]));
                    default -> {
                        return "ERR unknown command '" + command + "'";
                    }
                }
                return "OK";
            }
            switch (command) {
                case "kafka-stop" -> kafka.stop();
                case "kafka-start" -> kafka.start();
                case "pg-stop" -> postgres.stop();
                case "pg-start" -> postgres.start();
                case "smtp-stop" -> mail.stopSmtp();
                case "smtp-start" -> mail.startSmtp();
                case "status" -> {
                    return "OK postgres=" + postgres.running() + " kafka=" + kafka.running() + " smtp=" + mail.smtpRunning();
                }
                case "shutdown" -> {
                    new Thread(() -> System.exit(0)).start();
                    return "OK";
                }
                default -> {
                    return "ERR unknown command '" + command + "'";
                }
            }
            return "OK";
        } catch (Exception e) {
            return "ERR " + e;
        }
    }

    synchronized void shutdown() {
        if (shuttingDown) {
            return;
        }
        shuttingDown = true;
        mail.stop();
        try {
            if (deleteDataOnExit) {
                kafka.discard();
            } else {
                kafka.stop();
            }
        } catch (Exception e) {
            System.out.println("[infra] Kafka stop failed: " + e);
        }
        try {
            postgres.stop();
        } catch (Exception e) {
            System.out.println("[infra] PostgreSQL stop failed: " + e);
        }
        if (deleteDataOnExit) {
            deleteRecursively(dataDir);
        }
        System.out.println("[infra] stopped" + (deleteDataOnExit ? " and removed " + dataDir : ""));
        stopped.countDown();
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("[infra] could not remove " + dir + ": " + e.getMessage());
        }
    }

    static int port(String value) {
        int p = Integer.parseInt(value);
        if (p != 0) {
            return p;
        }
        return FreePorts.next();
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            int eq = key.indexOf('=');
            if (eq > 0) {
                options.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (i + 1 < list.size() && !list.get(i + 1).startsWith("--")) {
                options.put(key, list.get(++i));
            } else {
                options.put(key, "true");
            }
        }
        return options;
    }
}

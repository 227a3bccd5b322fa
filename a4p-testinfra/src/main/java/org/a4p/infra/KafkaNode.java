package org.a4p.infra;

import org.a4p.events.Topics;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka node in KRaft mode (combined broker and controller): the single broker of ./run.sh and the
 * module tests, in this JVM, or one of the three nodes of {@link KafkaCluster}, each in its own JVM
 * ({@link #main}). Storage is formatted once; a stop followed by a start keeps every topic and record, like a
 * broker restart in production.
 *
 * <p>Clients authenticate with SASL SCRAM-SHA-512 ({@link KafkaUsers}; the credentials are written into the
 * metadata log when the storage is formatted) and the {@code StandardAuthorizer} enforces {@link KafkaAcls}.
 * The controller listener stays PLAINTEXT on loopback (KRaft controllers cannot use SCRAM, whose
 * credentials live in the metadata they serve); its anonymous principal is the broker talking to its own
 * controller, hence a super user there only.
 */
final class KafkaNode implements KafkaServers {

    static final int PARTITIONS = 3;

    private final Path logDir;
    private final int nodeId;
    private final String host;
    private final int port;
    private final int controllerPort;
    /** {@code controller.quorum.voters}: this node alone, or the three nodes of a cluster. */
    private final String voters;
    /** Replication factor of the internal topics: 1 alone, 3 in a cluster. */
    private final int replication;
    /** The same for every node of a cluster: the storage of each is formatted with it. */
    private final String clusterId;
    private KafkaRaftServer server;
    private boolean topicsCreated;

    KafkaNode(Path logDir, int port, int controllerPort) {
        this(logDir, 1, "localhost", port, controllerPort, "1@localhost:" + controllerPort, 1, Uuid.randomUuid().toString());
    }

    KafkaNode(Path logDir, int nodeId, String host, int port, int controllerPort, String voters, int replication,
              String clusterId) {
        this.clusterId = clusterId;
        this.logDir = logDir;
        this.nodeId = nodeId;
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.voters = voters;
        this.replication = replication;
    }

    @Override
    public String bootstrapServers() {
        return host + ":" + port;
    }

    @Override
    public boolean running() {
        return server != null;
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "SASL_PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("sasl.enabled.mechanisms", KafkaUsers.MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", KafkaUsers.MECHANISM);
        p.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                KafkaUsers.jaasConfig(KafkaUsers.ADMIN, KafkaUsers.password(KafkaUsers.ADMIN)));
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + KafkaUsers.ADMIN + ";User:ANONYMOUS");
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(PARTITIONS));
        p.put("auto.create.topics.enable", "false");
        String rf = String.valueOf(replication);
        // in a cluster an acknowledged write is on two nodes at least, so losing any one node loses nothing
        String minIsr = String.valueOf(Math.min(2, replication));
        p.put("default.replication.factor", rf);
        p.put("min.insync.replicas", minIsr);
        p.put("offsets.topic.replication.factor", rf);
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", rf);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("share.coordinator.state.topic.replication.factor", rf);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1000000");
        return p;
    }

    @Override
    public synchronized void start() throws IOException, InterruptedException, ExecutionException {
        if (server != null) {
            return;
        }
        long t0 = System.nanoTime();
        Properties props = config();
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            Files.createDirectories(logDir);
            Path file = logDir.resolveSibling(logDir.getFileName() + "-server.properties");
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(out, "generated by LocalInfra");
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            List<String> format = new ArrayList<>(List.of("format", "-t", clusterId,
                    "-c", file.toString(), "--ignore-formatted"));
            for (String user : users()) {
                format.addAll(List.of("--add-scram",
                        KafkaUsers.MECHANISM + "=[name=" + user + ",password=" + KafkaUsers.password(user) + "]"));
            }
            int rc = StorageTool.execute(format.toArray(String[]::new), new PrintStream(buffer, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed: " + buffer.toString(StandardCharsets.UTF_8));
            }
        }
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        s.startup();
        server = s;
        if (!topicsCreated && replication == 1) {
            createTopics(adminConfig(), 1);
            topicsCreated = true;
        }
        System.out.printf("[infra] Kafka node %d (KRaft, Apache Kafka %s) started on %s in %d ms%n", nodeId,
                org.apache.kafka.common.utils.AppInfoParser.getVersion(), bootstrapServers(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static List<String> users() {
        List<String> users = new ArrayList<>(KafkaUsers.SERVICES);
        users.add(KafkaUsers.ADMIN);
        return users;
    }

    /** Client settings of the super user, for set-up. */
    Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>(KafkaUsers.clientConfig(KafkaUsers.ADMIN));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }

    /** The ACLs and every topic of the contract, with the given replication factor; what exists is left alone. */
    static void createTopics(Map<String, Object> adminConfig, int replication) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(adminConfig)) {
            KafkaAcls.apply(admin);
            // created up front so that partitions are known before any producer
            for (String topic : Topics.ALL) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) replication))).all().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("Kafka did not create topic " + topic + " in time", e);
                }
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        System.out.println("[infra] Kafka node " + nodeId + " stopped");
    }

    /**
     * One node of {@link KafkaCluster} as its own process, so that it can be killed for real:
     * {@code --node-id N --host H --port P --controller-port C --voters V --log-dir D}. Prints
     * {@code A4P_KAFKA_NODE_READY} once started, stops gracefully on SIGTERM or at the end of standard input.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = LocalInfra.parse(args);
        KafkaNode node = new KafkaNode(Path.of(o.get("log-dir")), Integer.parseInt(o.get("node-id")), o.get("host"),
                Integer.parseInt(o.get("port")), Integer.parseInt(o.get("controller-port")), o.get("voters"), KafkaCluster.NODES,
                o.get("cluster-id"));
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.stop();
            stopped.countDown();
        }, "kafka-node-stop"));
        node.start();
        System.out.println("A4P_KAFKA_NODE_READY " + node.bootstrapServers());
        System.out.flush();
        LocalInfra.exitOnStdinEof();
        stopped.await();
    }
}

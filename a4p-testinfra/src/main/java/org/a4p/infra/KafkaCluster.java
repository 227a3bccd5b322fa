package org.a4p.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Three KRaft nodes, each a combined broker and controller (a three-voter quorum) in its own JVM
 * ({@link KafkaNode#main}), so that one can be killed with SIGKILL as a machine would die. Every topic has
 * {@link KafkaNode#PARTITIONS} partitions on all three nodes and {@code min.insync.replicas=2}: with the idempotent
 * producers' {@code acks=all}, an acknowledged record survives the loss of any one node. Users and ACLs are those of
 * the single node ({@link KafkaUsers}, {@link KafkaAcls}).
 */
final class KafkaCluster implements KafkaServers {

    static final int NODES = 3;

    private final Path dir;
    private final String host;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] ports = new int[NODES + 1];
    private final int[] controllerPorts = new int[NODES + 1];
    private final Process[] processes = new Process[NODES + 1];
    private boolean topicsCreated;

    KafkaCluster(Path dir, String host) {
        this.dir = dir;
        this.host = host;
        for (int id = 1; id <= NODES; id++) {
            ports[id] = LocalInfra.port("0");
            controllerPorts[id] = LocalInfra.port("0");
        }
    }

    @Override
    public String bootstrapServers() {
        return ids().mapToObj(id -> host + ":" + ports[id]).collect(Collectors.joining(","));
    }

    private static IntStream ids() {
        return IntStream.rangeClosed(1, NODES);
    }

    private String voters() {
        return ids().mapToObj(id -> id + "@" + host + ":" + controllerPorts[id]).collect(Collectors.joining(","));
    }

    @Override
    public synchronized boolean running() {
        return ids().allMatch(this::running);
    }

    synchronized boolean running(int id) {
        return processes[id] != null && processes[id].isAlive();
    }

    /** Starts the nodes that are not running, together (a node's broker waits for a controller quorum). */
    @Override
    public synchronized void start() throws Exception {
        long t0 = System.nanoTime();
        List<CompletableFuture<String>> ready = new ArrayList<>();
        for (int id = 1; id <= NODES; id++) {
            if (!running(id)) {
                ready.add(launch(id));
            }
        }
        for (CompletableFuture<String> r : ready) {
            await(r);
        }
        if (!topicsCreated) {
            KafkaNode.createTopics(adminConfig(), NODES);
            topicsCreated = true;
        }
        System.out.printf("[infra] Kafka cluster of %d KRaft nodes started on %s in %d ms%n", NODES, bootstrapServers(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Starts one node again (after {@link #kill}); the other two hold the quorum meanwhile. */
    synchronized void start(int id) throws Exception {
        if (!running(id)) {
            await(launch(id));
        }
    }

    /** SIGKILL: the node ends at once, without a controlled shutdown or a flush. */
    synchronized void kill(int id) throws InterruptedException {
        if (processes[id] != null) {
            processes[id].destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            processes[id] = null;
            System.out.println("[infra] Kafka node " + id + " killed (SIGKILL)");
        }
    }

    /** The node that leads the most partitions of the topic (the lowest id on a tie). */
    int leader(String topic) throws Exception {
        try (Admin admin = Admin.create(adminConfig())) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            Map<Integer, Integer> led = new HashMap<>();
            for (TopicPartitionInfo p : d.partitions()) {
                if (p.leader() != null) {
                    led.merge(p.leader().id(), 1, Integer::sum);
                }
            }
            return led.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException(topic + " has no leader"));
        }
    }

    /** Graceful stop of every node (SIGTERM), all at once; SIGKILL for a node that has not ended in time. */
    @Override
    public synchronized void stop() {
        end(false);
        System.out.println("[infra] Kafka cluster stopped");
    }

    /**
     * SIGKILL to every node: their data is about to be deleted, and a graceful stop of all three at once took about
     * 5 s (each node's controlled shutdown waits on a quorum its peers are leaving too), at the end of every run.
     */
    @Override
    public synchronized void discard() {
        end(true);
        System.out.println("[infra] Kafka cluster stopped (killed: its data is deleted)");
    }

    private void end(boolean kill) {
        for (int id = 1; id <= NODES; id++) {
            if (processes[id] != null) {
                if (kill) {
                    processes[id].destroyForcibly();
                } else {
                    processes[id].destroy();
                }
            }
        }
        for (int id = 1; id <= NODES; id++) {
            Process p = processes[id];
            if (p == null) {
                continue;
            }
            try {
                // a node's controlled shutdown needs a quorum, which its peers are leaving too: do not wait long
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            processes[id] = null;
        }
    }

    private CompletableFuture<String> launch(int id) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KafkaNode.class.getName(),
                "--node-id", String.valueOf(id), "--host", host, "--port", String.valueOf(ports[id]),
                "--controller-port", String.valueOf(controllerPorts[id]), "--voters", voters(),
                "--cluster-id", clusterId, "--log-dir", dir.resolve("kafka-" + id).toString()));
        // standard input stays open: its end (this process gone, even by SIGKILL) stops the node
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes[id] = process;
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("A4P_KAFKA_NODE_READY")) {
                        ready.complete(line);
                    } else {
                        System.out.println(line.startsWith("[infra]") ? line : "[kafka-" + id + "] " + line);
                    }
                }
            } catch (IOException ignored) {
                // the node is gone
            }
            ready.complete("ended");
        }, "kafka-node-" + id + "-output");
        pump.setDaemon(true);
        pump.start();
        return ready;
    }

    private static void await(CompletableFuture<String> ready) throws Exception {
        String line = ready.get(180, TimeUnit.SECONDS);
        if (!line.startsWith("A4P_KAFKA_NODE_READY")) {
            throw new IllegalStateException("a Kafka node ended before it was ready");
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>(KafkaUsers.clientConfig(KafkaUsers.ADMIN));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return config;
    }
}

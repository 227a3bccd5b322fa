package org.a4p.e2e.fault;

import org.a4p.e2e.RunningSystem;
import org.a4p.infra.ServiceProcess;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services, {@link RunningSystem#REPLICAS} replicas each, as processes on the real PostgreSQL and
 * three-node Kafka cluster of {@link TestInfra}, for the fault scenarios: unlike the shared e2e system, a replica
 * here can be killed and started again on the same port. The last notifications-service replica runs inside the
 * {@link Partition}'s network namespace, so that it can be cut off. Configuration and tokens are those of the
 * shared e2e system ({@link RunningSystem#serviceEnv}, {@link Tokens}).
 */
final class FaultSystem {

    static final String REC = "recommendations-service";
    static final String STK = "stakeholders-service";
    static final String NOT = "notifications-service";
    static final List<String> SERVICES = List.of(REC, STK, NOT);
    /** The replica inside the network namespace. */
    static final String PARTITIONED = replica(NOT, RunningSystem.REPLICAS);

    private final Path root = Path.of(System.getProperty("a4p.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("e2e-tests/target/fault-logs");
    private final Path publicKey;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private int starts;

    FaultSystem() throws IOException, InterruptedException {
        Files.createDirectories(logs);
        publicKey = RunningSystem.testPublicKey(logs);
        for (String replica : replicas()) {
            ports.put(replica, RunningSystem.freePort());
        }
        for (String replica : replicas()) {
            start(replica);
        }
        for (ServiceProcess p : running.values()) {
            p.awaitReady(Duration.ofSeconds(240));
        }
        // before PostgreSQL and Kafka stop (as RunningSystem): a service whose broker is gone can take its grace period
        TestInfra.beforeStop(this::stop);
    }

    /** "notifications-service#2": the second replica of notifications-service. */
    static String replica(String service, int n) {
        return service + "#" + n;
    }

    static List<String> replicas() {
        List<String> all = new ArrayList<>();
        for (String service : SERVICES) {
            for (int n = 1; n <= RunningSystem.REPLICAS; n++) {
                all.add(replica(service, n));
            }
        }
        return all;
    }

    static List<String> replicas(String service) {
        return replicas().stream().filter(r -> r.startsWith(service + "#")).toList();
    }

    String url(String replica) {
        ServiceProcess p = running.get(replica);
        return p != null ? p.baseUrl() : "http://127.0.0.1:" + ports.get(replica);
    }

    ServiceProcess process(String replica) {
        return running.get(replica);
    }

    void start(String replica) throws IOException {
        String service = replica.substring(0, replica.indexOf('#'));
        Map<String, String> env = RunningSystem.serviceEnv(service.substring(0, service.indexOf('-')),
                url(replica(REC, 1)), publicKey);
        // the receiver listens on the address both sides of the partition reach
        env.put("A4P_TARGETS_ALLOWED_NETWORKS", "127.0.0.0/8," + Partition.HOST + "/32");
        // A delivery claimed by a process that is then killed is claimed again after the lease: short here, so
        // the kill -9 scenario finishes in test time (production keeps its default). Retries come quickly too.
        env.put("A4P_DELIVERY_LEASE", "10s");
        env.put("A4P_DELIVERY_INITIAL_DELAY", "500ms");
        env.put("A4P_DELIVERY_MAX_DELAY", "5s");
        env.put("A4P_DELIVERY_MAX_ATTEMPTS", "20");
        String file = replica.replace('#', '-') + "-" + (++starts);
        env.put("QUARKUS_VERTX_CACHE_DIRECTORY", logs.resolve("vertx-cache").resolve(file).toString());
        running.put(replica, ServiceProcess.start(root, service, ports.get(replica), env, logs.resolve(file + ".log"),
                RunningSystem.JVM_OPTIONS, replica.equals(PARTITIONED) ? Partition.launcher() : List.of(),
                replica.equals(PARTITIONED) ? Partition.INSIDE : "127.0.0.1"));
    }

    /** kill -9 of each replica, then each again on the same port and database, ready. */
    void killAndRestart(List<String> replicas) throws IOException, InterruptedException {
        for (String r : replicas) {
            running.get(r).kill();
        }
        for (String r : replicas) {
            start(r);
        }
        for (String r : replicas) {
            running.get(r).awaitReady(Duration.ofSeconds(240));
        }
    }

    void stop() {
        ServiceProcess.stopAll(List.copyOf(running.values()), Duration.ofSeconds(15));
    }

    String secretariat() {
        return Tokens.secretariat("fault@secretariat.local");
    }

    String delegation(String delegation) {
        return Tokens.delegation(delegation);
    }
}

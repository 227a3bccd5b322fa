package org.a4p.e2e.fault;

import org.a4p.e2e.RunningSystem;
import org.a4p.infra.ServiceProcess;
import org.a4p.testing.TestInfra;
import org.a4p.testing.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services as processes on the real PostgreSQL and Kafka of {@link TestInfra}, for the
 * fault scenarios: unlike the shared e2e system, a service here can be killed and started again on the same
 * port. Configuration and tokens are those of the shared e2e system ({@link RunningSystem#serviceEnv}, {@link Tokens}).
 */
final class FaultSystem {

    static final String REC = "recommendations-service";
    static final String STK = "stakeholders-service";
    static final String NOT = "notifications-service";

    private final Path root = Path.of(System.getProperty("a4p.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("e2e-tests/target/fault-logs");
    private final Path publicKey;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private int restarts;

    FaultSystem() throws IOException, InterruptedException {
        Files.createDirectories(logs);
        publicKey = RunningSystem.testPublicKey(logs);
        for (String name : List.of(REC, STK, NOT)) {
            ports.put(name, RunningSystem.freePort());
        }
        for (String name : List.of(REC, STK, NOT)) {
            start(name);
        }
        for (ServiceProcess p : running.values()) {
            p.awaitReady(Duration.ofSeconds(180));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "fault-services-stop"));
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    ServiceProcess process(String service) {
        return running.get(service);
    }

    void start(String name) throws IOException {
        Map<String, String> env = RunningSystem.serviceEnv(name.substring(0, name.indexOf('-')), url(REC), publicKey);
        env.put("A4P_TARGETS_ALLOWED_NETWORKS", "127.0.0.0/8");
        // A delivery claimed by a process that is then killed is claimed again after the lease: short here, so
        // the kill -9 scenario finishes in test time (production keeps its default). Retries come quickly too.
        env.put("A4P_DELIVERY_LEASE", "10s");
        env.put("A4P_DELIVERY_INITIAL_DELAY", "500ms");
        env.put("A4P_DELIVERY_MAX_DELAY", "5s");
        env.put("A4P_DELIVERY_MAX_ATTEMPTS", "20");
        Path log = logs.resolve(name + "-" + (++restarts) + ".log");
        running.put(name, ServiceProcess.start(root, name, ports.get(name), env, log,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")));
    }

    /** kill -9, then the same service again on the same port and database. */
    void killAndRestart(String name) throws IOException, InterruptedException {
        running.get(name).kill();
        start(name);
    }

    void stop() {
        for (ServiceProcess p : List.copyOf(running.values())) {
            p.stop(Duration.ofSeconds(15));
        }
    }

    String secretariat() {
        return Tokens.secretariat("fault@secretariat.local");
    }

    String delegation(String delegation) {
        return Tokens.delegation(delegation);
    }

}

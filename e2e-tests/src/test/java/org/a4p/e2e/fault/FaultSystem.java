package org.a4p.e2e.fault;

import org.a4p.infra.ServiceProcess;
import org.a4p.testing.TestInfra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services as processes on the real PostgreSQL and Kafka of {@link TestInfra}, for the
 * fault scenarios: unlike the shared e2e system, a service here can be killed and started again on the same
 * port, and the services trust a signing key made for this run (as a deployment configures its key).
 */
final class FaultSystem {

    static final String ISSUER = "https://a4p-fault-tests.local/issuer";
    static final String REC = "recommendations-service";
    static final String STK = "stakeholders-service";
    static final String NOT = "notifications-service";

    private final Path root = Path.of(System.getProperty("a4p.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("e2e-tests/target/fault-logs");
    private final KeyPair keys;
    private final Path publicKey;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private int restarts;

    FaultSystem() throws IOException, InterruptedException {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(logs);
        publicKey = logs.resolve("fault-publicKey.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        for (String name : List.of(REC, STK, NOT)) {
            ports.put(name, freePort());
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
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestInfra.jdbcUrl(name.substring(0, name.indexOf('-'))));
        env.put("QUARKUS_DATASOURCE_USERNAME", TestInfra.DB_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestInfra.DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestInfra.kafkaBootstrapServers());
        env.put("A4P_LINKS_RECOMMENDATIONS_BASE_URL", url(REC));
        env.put("A4P_TARGETS_ALLOWED_NETWORKS", "127.0.0.0/8");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
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
        return bearer("{\"upn\":\"fault@secretariat.local\",\"groups\":[\"secretariat\"]");
    }

    String delegation(String delegation) {
        return bearer("{\"upn\":\"officer@fault.local\",\"groups\":[\"delegation\"],\"delegation\":\"" + delegation + "\"");
    }

    private String bearer(String claimsWithoutEnd) {
        long now = System.currentTimeMillis() / 1000;
        String claims = claimsWithoutEnd + ",\"iss\":\"" + ISSUER + "\",\"iat\":" + now + ",\"exp\":" + (now + 3 * 3600) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + input + "." + b64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

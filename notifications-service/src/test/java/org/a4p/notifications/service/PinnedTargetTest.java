package org.a4p.notifications.service;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import org.a4p.notifications.config.TargetsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sender connects to the address the policy checked and never asks the name service again: {@code pinned.test}
 * exists only in the policy's resolver, so a client that resolved the host itself could not reach the receiver.
 */
class PinnedTargetTest {

    private static final TargetsConfig LOOPBACK_ALLOWED = new TargetsConfig() {
        @Override
        public Optional<List<String>> allowedNetworks() {
            return Optional.of(List.of("127.0.0.0/8", "::1/128"));
        }

        @Override
        public List<String> allowedPorts() {
            return List.of("1024-65535");
        }
    };

    private final BlockingQueue<String> hosts = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private Vertx vertx;
    private WebhookClient client;

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 10);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hosts.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
        vertx = Vertx.vertx();
        client = new WebhookClient(vertx, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
        receiver.stop(0);
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private int post(TargetPolicy.Checked target) throws Exception {
        return client.post(target, Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(5)).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void connectsToTheCheckedAddressNotToWhatTheNameResolvesToLater() throws Exception {
        TargetPolicy policy = new TargetPolicy(LOOPBACK_ALLOWED, host -> {
            if (host.equals("pinned.test")) {
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            }
            throw new UnknownHostException(host);
        });
        TargetPolicy.Checked checked = policy.checkForSending("http://pinned.test:" + port() + "/hook?x=1").orElseThrow();
        assertThat(checked.address().getHostAddress()).isEqualTo("127.0.0.1");

        assertThat(post(checked)).isEqualTo(204);
        assertThat(hosts.poll(5, TimeUnit.SECONDS)).isEqualTo("pinned.test:" + port() + " /hook?x=1");
    }

    @Test
    void aRealHostNameArrivesWithItsOwnHostHeader() throws Exception {
        TargetPolicy.Checked checked = new TargetPolicy(LOOPBACK_ALLOWED).checkForSending("http://localhost:" + port() + "/hook").orElseThrow();

        assertThat(post(checked)).isEqualTo(204);
        assertThat(hosts.poll(5, TimeUnit.SECONDS)).isEqualTo("localhost:" + port() + " /hook");
    }

    @Test
    void aReceiverThatDoesNotAnswerTimesOutAfterTheRequestTimeout() {
        TargetPolicy.Checked checked = new TargetPolicy(LOOPBACK_ALLOWED).checkForSending("http://localhost:" + port() + "/slow").orElseThrow();
        long start = System.nanoTime();
        var sent = client.post(checked, Map.of(), new byte[0], Duration.ofMillis(500)).toCompletableFuture();

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aNameResolvingToARefusedNetworkIsNotSent() {
        TargetPolicy policy = new TargetPolicy(LOOPBACK_ALLOWED, host -> new InetAddress[] {InetAddress.getByName("10.0.0.1")});
        assertThat(policy.checkForSending("http://pinned.test:" + port() + "/hook")).isEmpty();
    }
}

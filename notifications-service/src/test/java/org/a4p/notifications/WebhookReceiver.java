package org.a4p.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A real HTTP receiver on a loopback port: records every request and answers as scripted (then 200). */
final class WebhookReceiver implements AutoCloseable {

    record Received(String eventId, String type, String signature, String contentType, byte[] body, Instant at, String host,
                    Map<String, List<String>> headers) {
        /** The first value of a header, its name in any case; null if absent. */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return Events.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile CountDownLatch gate;

    private WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
        server.setExecutor(Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("X-A4P-Event-Id"), h.getFirst("X-A4P-Event-Type"),
                    h.getFirst("X-A4P-Signature"), h.getFirst("Content-Type"), body, Instant.now(),
                    h.getFirst("Host"), Map.copyOf(h)));
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = script.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver start() {
        return start(0);
    }

    static WebhookReceiver start(int port) {
        try {
            return new WebhookReceiver(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next requests are answered with these statuses, in order; after that 200. */
    WebhookReceiver answer(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    /** Requests are received (and recorded) at once but answered only when {@code gate} opens. */
    WebhookReceiver holdAnswersUntil(CountDownLatch gate) {
        this.gate = gate;
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String eventId) {
        return received.stream().filter(r -> eventId.equals(r.eventId())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A URL on which nothing listens: connections are refused. */
    static String deadUrl() {
        WebhookReceiver r = start();
        String url = r.url();
        r.close();
        return url;
    }
}

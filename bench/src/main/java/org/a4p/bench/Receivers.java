package org.a4p.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Local webhook receivers on 127.0.0.1: a few JDK HTTP servers with their own thread pools that record, for
 * every POST, its path, its X-A4P-Event-Id and the moment it arrived, and answer 204 at once.
 */
final class Receivers implements AutoCloseable {

    /** One webhook as it arrived. */
    record Hook(String path, String eventId, long nanos) {
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> pools = new ArrayList<>();
    /** (event id + " " + path) of every webhook, and how often it came. */
    final Map<String, AtomicLong> arrivals = new ConcurrentHashMap<>();
    /** Arrival time of the first webhook per (event id, path). */
    final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    final AtomicLong total = new AtomicLong();
    /** The body and event type of one webhook the service sent to a "/f/" path: the fan-out floor sends the same. */
    volatile byte[] sampleBody;
    volatile String sampleType;
    /** Webhooks of a watched path prefix, in arrival order, for the one-change-at-a-time latency loop. */
    private final Map<String, BlockingQueue<Hook>> queues = new ConcurrentHashMap<>();

    Receivers(int count, int threadsEach) throws IOException {
        for (int i = 0; i < count; i++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            ExecutorService pool = Executors.newFixedThreadPool(threadsEach);
            server.setExecutor(pool);
            server.createContext("/", exchange -> {
                long now = System.nanoTime();
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String path = exchange.getRequestURI().getPath();
                if (sampleBody == null && path.startsWith("/f/")) {
                    sampleType = exchange.getRequestHeaders().getFirst("X-A4P-Event-Type");
                    sampleBody = body;
                }
                String eventId = exchange.getRequestHeaders().getFirst("X-A4P-Event-Id");
                String key = eventId + " " + path;
                arrivals.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                firstArrival.putIfAbsent(key, now);
                total.incrementAndGet();
                BlockingQueue<Hook> queue = queues.get(prefix(path));
                if (queue != null) {
                    queue.add(new Hook(path, eventId, now));
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            servers.add(server);
            pools.add(pool);
        }
    }

    /** Starts queueing the webhooks whose path starts with {@code prefix} (one segment, e.g. "/e"). */
    BlockingQueue<Hook> watch(String prefix) {
        return queues.computeIfAbsent(prefix, p -> new LinkedBlockingQueue<>());
    }

    /** Forgets what arrived so far (between fan-out rounds). */
    void reset() {
        arrivals.clear();
        firstArrival.clear();
        total.set(0);
    }

    static String prefix(String path) {
        int second = path.indexOf('/', 1);
        return second < 0 ? path : path.substring(0, second);
    }

    String url(int index, String path) {
        return "http://127.0.0.1:" + servers.get(index % servers.size()).getAddress().getPort() + path;
    }

    List<Integer> ports() {
        return servers.stream().map(s -> s.getAddress().getPort()).toList();
    }

    int size() {
        return servers.size();
    }

    /** Distinct (event id, path) pairs whose path starts with {@code prefix}, and the latest first arrival among them. */
    long[] distinctAndLast(String prefix) {
        long distinct = 0;
        long last = 0;
        for (Map.Entry<String, Long> e : firstArrival.entrySet()) {
            if (e.getKey().substring(e.getKey().indexOf(' ') + 1).startsWith(prefix)) {
                distinct++;
                last = Math.max(last, e.getValue());
            }
        }
        return new long[]{distinct, last};
    }

    /** Webhooks that came more than once for the same (event id, path). */
    long duplicates() {
        return arrivals.values().stream().mapToLong(a -> Math.max(0, a.get() - 1)).sum();
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        pools.forEach(ExecutorService::shutdownNow);
    }
}

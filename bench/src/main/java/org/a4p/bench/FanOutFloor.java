package org.a4p.bench;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fan-out floor, run as its own JVM (the services' JVM options): the sender alone. It POSTs {@code n} signed
 * webhooks to the benchmark's receivers as fast as it can, with what notifications-service puts on the wire for each
 * delivery and nothing else (no database, no Kafka, no outcome recorded): the same body bytes (captured from the
 * service's fan-out), the same headers (X-A4P-* and Standard Webhooks', each signature an HMAC-SHA256 computed per
 * request with its own subscription secret, traceparent), one connection per request ({@code Connection: close}, as
 * the service's WebhookClient) and the service's number of requests in flight ({@code a4p.delivery.concurrency}).
 *
 * <p>Arguments: {@code n warmup concurrency bodyFile eventType pathPrefix warmupPrefix receiverPort...}; sends {@code warmup}
 * webhooks to {@code warmupPrefix} paths first (the service it is compared with is warm too), then prints
 * {@code floor-ms=<elapsed> ok=<2xx count>} of the {@code n} timed ones.
 */
public final class FanOutFloor {

    private FanOutFloor() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        byte[] body = Files.readAllBytes(Path.of(args[3]));
        String eventType = args[4];
        String prefix = args[5];
        String warmupPrefix = args[6];
        List<Integer> ports = new ArrayList<>();
        for (int i = 7; i < args.length; i++) {
            ports.add(Integer.valueOf(args[i]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        if (warmup > 0) {
            long[] w = round(pool, warmup, ports, warmupPrefix, body, eventType);
            System.out.println("warm-up ok=" + w[1] + " failed=" + w[2]);
        }
        long[] r = round(pool, n, ports, prefix, body, eventType);
        pool.shutdown();
        System.out.println("floor-ms=" + r[0] + " ok=" + r[1] + " failed=" + r[2]);
    }

    /** Sends {@code n} webhooks and waits for every answer: {elapsed ms, 2xx answers, failures}. */
    private static long[] round(ExecutorService pool, int n, List<Integer> ports, String prefix, byte[] body, String eventType)
            throws Exception {
        // one secret per subscription, as the service keeps them (64 lowercase hex characters, used as ASCII bytes)
        SecureRandom random = new SecureRandom();
        String[] secrets = new String[n];
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            secrets[i] = HexFormat.of().formatHex(b);
        }
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    int status = send(ports.get(index % ports.size()), prefix + index, body, secrets[index], eventType);
                    (status >= 200 && status < 300 ? ok : failed).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        if (!done.await(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the floor's sends did not end within 30 minutes");
        }
        return new long[]{TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), ok.get(), failed.get()};
    }

    private static int send(int port, String path, byte[] body, String secret, String eventType) throws Exception {
        String id = UUID.randomUUID().toString();
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
        String standard = "v1," + Base64.getEncoder().encodeToString(
                hmac(secret, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body));
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "-01";
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json\r\n"
                + "User-Agent: A4P-Tracker-Notifications/1.0\r\n"
                + "X-A4P-Event-Id: " + id + "\r\n"
                + "X-A4P-Event-Type: " + eventType + "\r\n"
                + "X-A4P-Signature: " + signature + "\r\n"
                + "webhook-id: " + id + "\r\n"
                + "webhook-timestamp: " + timestamp + "\r\n"
                + "webhook-signature: " + standard + "\r\n"
                + "traceparent: " + traceparent + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[512];
            int len = 0;
            for (int r; len < buf.length && (r = in.read(buf, len, buf.length - len)) > 0; ) {
                len += r;
            }
            String status = new String(buf, 0, len, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") && status.length() >= 12 ? Integer.parseInt(status.substring(9, 12)) : -1;
        }
    }

    private static byte[] hmac(String secret, byte[]... parts) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }
}

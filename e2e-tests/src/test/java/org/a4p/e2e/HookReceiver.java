package org.a4p.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on a loopback port, as a delegation runs one: answers 204 and keeps every request it got. */
final class HookReceiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, byte[] body) {
        /** The first value of a header, its name in any case; null if absent. */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private HookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    static HookReceiver start() throws IOException {
        return new HookReceiver();
    }

    /** The target URL to subscribe with. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** What it received so far, in order; the list grows as requests come in. */
    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

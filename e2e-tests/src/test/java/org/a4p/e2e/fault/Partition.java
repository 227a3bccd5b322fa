package org.a4p.e2e.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace joined to this machine by a veth pair, for a service replica that can be cut off for real:
 * its packets to PostgreSQL, Kafka and the webhook receiver cross the link, and taking the link down drops them
 * (no reset: connections hang as after a cable pull). Only private addresses this class creates are used:
 * {@link #HOST} on loopback (PostgreSQL, Kafka and the receiver listen there, reachable from both sides),
 * 10.213.1.1 and {@link #INSIDE} on the two ends of the link. Needs root.
 */
final class Partition implements AutoCloseable {

    static final String NAMESPACE = "a4p-fault";
    /** Where the infrastructure listens: on loopback, so it stays up for this side whatever the link does. */
    static final String HOST = "10.213.0.1";
    /** The replica's address inside the namespace. */
    static final String INSIDE = "10.213.1.2";
    private static final String OUTER = "a4p-fv0";
    private static final String INNER = "a4p-fv1";

    private Partition() {
    }

    /** Creates the namespace and the link (removing what an interrupted run left behind first). */
    static Partition create() throws IOException, InterruptedException {
        Partition p = new Partition();
        p.remove();
        ip("addr", "add", HOST + "/32", "dev", "lo");
        ip("netns", "add", NAMESPACE);
        ip("link", "add", OUTER, "type", "veth", "peer", "name", INNER);
        ip("link", "set", INNER, "netns", NAMESPACE);
        ip("addr", "add", "10.213.1.1/24", "dev", OUTER);
        ip("link", "set", OUTER, "up");
        inside("ip", "link", "set", "lo", "up");
        inside("ip", "addr", "add", INSIDE + "/24", "dev", INNER);
        inside("ip", "link", "set", INNER, "up");
        inside("ip", "route", "add", "10.213.0.0/24", "via", "10.213.1.1");
        return p;
    }

    /** How to start a process inside the namespace: {@code ip netns exec} execs it in place. */
    static List<String> launcher() {
        return List.of("ip", "netns", "exec", NAMESPACE);
    }

    /** Takes the link down on both ends: nothing crosses until {@link #restore}. */
    void cut() throws IOException, InterruptedException {
        ip("link", "set", OUTER, "down");
        inside("ip", "link", "set", INNER, "down");
    }

    void restore() throws IOException, InterruptedException {
        ip("link", "set", OUTER, "up");
        inside("ip", "link", "set", INNER, "up");
        // the route inside goes with the link; ignore "exists" when it survived
        run(false, withPrefix(List.of("ip", "route", "replace", "10.213.0.0/24", "via", "10.213.1.1")));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        remove();
    }

    private void remove() throws IOException, InterruptedException {
        run(false, List.of("ip", "netns", "del", NAMESPACE));
        run(false, List.of("ip", "link", "del", OUTER));
        run(false, List.of("ip", "addr", "del", HOST + "/32", "dev", "lo"));
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        run(true, command);
    }

    private static void inside(String... command) throws IOException, InterruptedException {
        run(true, withPrefix(List.of(command)));
    }

    private static List<String> withPrefix(List<String> command) {
        List<String> all = new ArrayList<>(launcher());
        all.addAll(command);
        return all;
    }

    private static void run(boolean mustSucceed, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end");
        }
        if (mustSucceed && p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + output);
        }
    }
}

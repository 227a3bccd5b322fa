package org.a4p.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP floor: nginx (the Debian package) serving, from files, the exact bytes the service answered to
 * {@code GET /recommendations/{n}}, with the service's Content-Type. Its own process in the foreground (no daemon),
 * its own generated configuration on a free loopback port, and every path it writes (pid, logs, temp) under
 * {@code dir}: nothing of the system's nginx configuration is read or changed.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    final int port;
    final String version;

    private Nginx(Process process, int port, String version) {
        this.process = process;
        this.port = port;
        this.version = version;
    }

    /** {@code files}: path (e.g. "/recommendations/1") → body; all served with {@code contentType}. */
    static Nginx serve(Path dir, Map<String, byte[]> files, String contentType, int workers) throws Exception {
        Path html = dir.resolve("html");
        Files.createDirectories(html);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = html.resolve(f.getKey().substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
        for (String d : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(dir.resolve("temp").resolve(d));
        }
        int port = Bench.freePort();
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : ""; // workers read bench/target
        String conf = user + """
                worker_processes %d;
                daemon off;
                pid %s;
                error_log %s warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %s;
                  proxy_temp_path %s;
                  fastcgi_temp_path %s;
                  uwsgi_temp_path %s;
                  scgi_temp_path %s;
                  sendfile on;
                  tcp_nodelay on;
                  keepalive_timeout 75s;
                  keepalive_requests 100000000;
                  types { }
                  default_type "%s";
                  server {
                    listen 127.0.0.1:%d;
                    root %s;
                  }
                }
                """.formatted(workers, dir.resolve("nginx.pid"), dir.resolve("error.log"),
                dir.resolve("temp/client_body"), dir.resolve("temp/proxy"), dir.resolve("temp/fastcgi"),
                dir.resolve("temp/uwsgi"), dir.resolve("temp/scgi"), contentType.replace("\"", ""), port, html);
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        String version = Tools.run(List.of(nginx, "-v"), Map.of(), 10).trim();
        // -p: prefix for any relative path nginx would otherwise take from its compiled-in (system) prefix
        Process p = new ProcessBuilder(nginx, "-p", dir.toString(), "-c", confFile.toString(), "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("stdout.log")));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return new Nginx(p, port, version.replace("nginx version: ", ""));
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("nginx did not listen on " + port + "; see " + dir);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}

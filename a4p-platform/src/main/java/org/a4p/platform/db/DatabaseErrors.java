package org.a4p.platform.db;

import java.net.ConnectException;
import java.sql.SQLException;

/** Tells a database outage (worth waiting out) from an error that retrying will not cure. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * True for connection loss, server shutdown/restart, pool acquisition timeouts while the server is
     * down, serialization failures and deadlocks; false for constraint violations, bad SQL and the like.
     */
    public static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                    || sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
            if (c instanceof ConnectException) {
                return true;
            }
            String m = c.getMessage();
            if (m != null && (m.contains("Acquisition timeout") || m.contains("Connection refused")
                    || m.contains("This connection has been closed"))) {
                return true;
            }
        }
        return false;
    }
}

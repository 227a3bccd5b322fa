package org.a4p.platform.db;

import javax.sql.DataSource;
import java.net.ConnectException;
import java.sql.Connection;
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

    /**
     * Whether {@code e} came from the database being unavailable: told by the error or, since drivers do not
     * always say so clearly when a connection dies mid-transaction (pgjdbc under {@code -ea} raises an
     * AssertionError), by the database not answering now. Call it outside a transaction.
     */
    public static boolean isOutage(Throwable e, DataSource database) {
        return isTransient(e) || !answers(database);
    }

    private static boolean answers(DataSource database) {
        try (Connection c = database.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}

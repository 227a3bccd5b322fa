package org.a4p.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values read (and rows written) straight in a service's database, behind the service's back, to check what it
 * stored or to set up what a test needs. One connection per database is kept, in auto-commit: a new PostgreSQL
 * connection (a forked backend and a SCRAM exchange of 4,096 hash rounds on each side) costs ~40 ms, more than the
 * statements of a whole test, and the batteries check the database around every request.
 */
public final class Sql {

    private static final Map<String, Connection> KEPT = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** The first column of the first row of {@code sql} with {@code params}, or null if there is no row. */
    public static Object single(String database, String sql, Object... params) {
        List<Object> column = column(database, sql, params);
        return column.isEmpty() ? null : column.get(0);
    }

    /** A count or other whole number read with {@link #single}. */
    public static long number(String database, String sql, Object... params) {
        return ((Number) single(database, sql, params)).longValue();
    }

    /** The first column of every row of {@code sql} with {@code params}. */
    public static List<Object> column(String database, String sql, Object... params) {
        try (PreparedStatement ps = prepare(database, sql, params); ResultSet rs = ps.executeQuery()) {
            List<Object> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed in " + database + ": " + sql, e);
        }
    }

    /** Runs one INSERT, UPDATE or DELETE, committed at once; the rows it changed. */
    public static int update(String database, String sql, Object... params) {
        try (PreparedStatement ps = prepare(database, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed in " + database + ": " + sql, e);
        }
    }

    private static PreparedStatement prepare(String database, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = kept(database).prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close(); // the connection is kept: a statement left open would stay open with it
            throw e;
        }
    }

    /**
     * The kept connection of {@code database}, opened anew when the last one broke (a test may restart PostgreSQL).
     * Callers run statements on it and never close it, nor change its session (auto-commit stays on).
     */
    static synchronized Connection kept(String database) throws SQLException {
        Connection c = KEPT.get(database);
        if (c == null || !c.isValid(5)) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException broken) {
                    // it is being replaced because it no longer works
                }
            }
            c = TestInfra.connect(database);
            KEPT.put(database, c);
        }
        return c;
    }
}

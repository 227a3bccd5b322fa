package org.a4p.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One value read straight from a service's database, behind the service's back, to check what it stored. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of {@code sql} with {@code params}, or null if there is no row. */
    public static Object single(String database, String sql, Object... params) {
        try (Connection c = TestInfra.connect(database); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed in " + database + ": " + sql, e);
        }
    }

    /** A count or other whole number read with {@link #single}. */
    public static long number(String database, String sql, Object... params) {
        return ((Number) single(database, sql, params)).longValue();
    }
}

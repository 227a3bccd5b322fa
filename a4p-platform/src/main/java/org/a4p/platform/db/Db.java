package org.a4p.platform.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plain SQL on the service's datasource, for the services whose tables are read models and set-based work
 * (notifications-service's deliveries: one INSERT ... SELECT per event, batch claims with SKIP LOCKED; the
 * dashboard's grouped counts), clearer in SQL than through an ORM. Inside a JTA transaction every call uses the
 * transaction's connection. Parameters are bound as given; Java arrays of String, Long and Integer as SQL arrays.
 */
@ApplicationScoped
public class Db {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    Db(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** One statement executed for each parameter row as a JDBC batch (one round trip). */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(c, ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static void bind(Connection c, PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof String[] strings) {
                Array a = c.createArrayOf("text", strings);
                ps.setArray(i + 1, a);
            } else if (p instanceof Long[] longs) {
                ps.setArray(i + 1, c.createArrayOf("bigint", longs));
            } else if (p instanceof Integer[] ints) {
                ps.setArray(i + 1, c.createArrayOf("integer", ints));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        return array(rs, column, String::valueOf);
    }

    public static List<Integer> ints(ResultSet rs, String column) throws SQLException {
        return array(rs, column, o -> ((Number) o).intValue());
    }

    private static <T> List<T> array(ResultSet rs, String column, Function<Object, T> element) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add(element.apply(o));
        }
        return out;
    }

    public static class DataAccessException extends RuntimeException {
        DataAccessException(String sql, SQLException cause) {
            super(cause.getMessage() + " [" + sql.split("\\s+", 3)[0] + "]", cause);
        }
    }
}

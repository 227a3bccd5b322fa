package org.a4p.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a service's database holds, as one line per table, to show that a refused request changed nothing.
 * Domain tables are compared by row count and a checksum of every row; {@code outbox_event} by count and highest
 * seq only, because the relay stamps {@code sent_at} on earlier rows at any moment (a new event changes both).
 */
public record DatabaseSnapshot(Map<String, String> tables) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Snapshot of {@code checksummed} tables (every row) plus the outbox of {@code database}. */
    public static DatabaseSnapshot of(String database, List<String> checksummed) {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = Sql.kept(database).createStatement()) {
            for (String table : checksummed) {
                if (!NAME.matcher(table).matches()) {
                    throw new IllegalArgumentException("not a table name: " + table);
                }
                try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM "
                        + table + " t")) {
                    r.next();
                    tables.put(table, r.getLong(1) + " rows " + r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(seq), 0) FROM outbox_event")) {
                r.next();
                tables.put("outbox_event", r.getLong(1) + " events up to seq " + r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database, e);
        }
        return new DatabaseSnapshot(tables);
    }
}

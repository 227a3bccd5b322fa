package org.a4p.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a service's database holds, as one line per table, to show that a refused request changed nothing.
 * Domain tables are compared by row count and a checksum of every row; {@code outbox_event} by count and highest
 * seq only, because the relay stamps {@code sent_at} on earlier rows at any moment (a new event changes both). Events
 * a service writes on its own schedule, never in answer to a request (a sender's delivery outcomes), can be left out:
 * they would make the comparison depend on what earlier test classes left in flight.
 */
public record DatabaseSnapshot(Map<String, String> tables) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** Snapshot of {@code checksummed} tables (every row) plus the outbox of {@code database}. */
    public static DatabaseSnapshot of(String database, List<String> checksummed) {
        return of(database, checksummed, List.of());
    }

    /** As {@link #of(String, List)}, the outbox without events of the {@code background} types. */
    public static DatabaseSnapshot of(String database, List<String> checksummed, List<String> background) {
        // one statement, one round trip: a battery takes two snapshots per case, a thousand cases per service
        StringBuilder sql = new StringBuilder();
        for (String table : checksummed) {
            if (!NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
            sql.append("SELECT '").append(table).append("', count(*) || ' rows ' || ")
                    .append("coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM ").append(table)
                    .append(" t UNION ALL ");
        }
        sql.append("SELECT 'outbox_event', count(*) || ' events up to seq ' || coalesce(max(seq), 0) FROM outbox_event")
                .append(" WHERE type <> ALL (?)");
        Map<String, String> tables = new LinkedHashMap<>();
        try (PreparedStatement s = Sql.kept(database).prepareStatement(sql.toString())) {
            s.setArray(1, s.getConnection().createArrayOf("text", background.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.put(r.getString(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database, e);
        }
        return new DatabaseSnapshot(tables);
    }
}

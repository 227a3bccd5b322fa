package org.a4p.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds a database's CHECK lists to the contract codes of a4p-events: a service's migrations spell out the allowed
 * values in SQL, and this reads them back from the migrated database (pg_constraint), so a code added to an enum
 * but not to a migration, or the reverse, fails a test. One line per column in each service:
 * {@code CheckConstraints.assertAllows("recommendations", "recommendation", "status", RecommendationStatus.class);}
 */
public final class CheckConstraints {

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private CheckConstraints() {
    }

    /** Asserts that the CHECK list on {@code table.column} allows exactly the constants of {@code codes}. */
    public static void assertAllows(String database, String table, String column, Class<? extends Enum<?>> codes) {
        List<String> expected = Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
        assertThat(allowedValues(database, table, column))
                .as("CHECK list of %s.%s in database %s against %s", table, column, database, codes.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The string literals of the CHECK constraints on exactly this one column; fails if there is none. */
    public static List<String> allowedValues(String database, String table, String column) {
        try (Connection c = TestInfra.connect(database);
             PreparedStatement ps = c.prepareStatement("""
                     SELECT pg_get_constraintdef(con.oid)
                     FROM pg_constraint con
                     JOIN pg_class rel ON rel.oid = con.conrelid
                     JOIN pg_attribute att ON att.attrelid = rel.oid AND att.attnum = con.conkey[1]
                     WHERE con.contype = 'c' AND cardinality(con.conkey) = 1
                       AND rel.relname = ? AND att.attname = ? AND rel.relnamespace = current_schema()::regnamespace""")) {
            ps.setString(1, table);
            ps.setString(2, column);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Matcher m = LITERAL.matcher(rs.getString(1));
                    while (m.find()) {
                        values.add(m.group(1).replace("''", "'"));
                    }
                }
            }
            assertThat(values).as("a CHECK list of literals on %s.%s", table, column).isNotEmpty();
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the CHECK constraints of " + table + "." + column, e);
        }
    }
}

package org.a4p.platform.db;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseErrorsTest {

    @Test
    void connectionLossShutdownSerializationAndDeadlockAreTransient() {
        for (String state : new String[]{"08006", "08001", "57P01", "57P03", "40001", "40P01"}) {
            assertThat(DatabaseErrors.isTransient(new SQLException("x", state))).as(state).isTrue();
        }
    }

    @Test
    void constraintViolationsAndBadSqlAreNot() {
        for (String state : new String[]{"23505", "23514", "42P01", "22001"}) {
            assertThat(DatabaseErrors.isTransient(new SQLException("x", state))).as(state).isFalse();
        }
        assertThat(DatabaseErrors.isTransient(new SQLException("no state"))).isFalse();
        assertThat(DatabaseErrors.isTransient(new IllegalArgumentException("boom"))).isFalse();
    }

    @Test
    void theCauseChainIsSearched() {
        RuntimeException wrapped = new RuntimeException("tx", new IllegalStateException("jdbc", new ConnectException("refused")));
        assertThat(DatabaseErrors.isTransient(wrapped)).isTrue();
        assertThat(DatabaseErrors.isTransient(new RuntimeException(new SQLException("x", "57P01")))).isTrue();
    }

    @Test
    void poolTimeoutsAndClosedConnectionsAreRecognisedByMessage() {
        assertThat(DatabaseErrors.isTransient(new RuntimeException("Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(DatabaseErrors.isTransient(new RuntimeException("This connection has been closed."))).isTrue();
    }

    @Test
    void anOutageIsAlsoADatabaseThatDoesNotAnswer() {
        RuntimeException unclear = new RuntimeException(new AssertionError("pgjdbc under -ea"));
        assertThat(DatabaseErrors.isOutage(unclear, database(false))).isTrue();
        assertThat(DatabaseErrors.isOutage(unclear, database(true))).isFalse();
        assertThat(DatabaseErrors.isOutage(new SQLException("x", "08006"), database(true))).isTrue();
    }

    /** A data source whose connections answer {@code isValid} with {@code answers}, or that cannot connect at all. */
    private static DataSource database(boolean answers) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (!answers) {
                        throw new SQLException("Connection refused", "08001");
                    }
                    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{java.sql.Connection.class},
                            (c, m, a) -> switch (m.getName()) {
                                case "isValid" -> true;
                                case "close" -> null;
                                default -> throw new UnsupportedOperationException(m.getName());
                            });
                });
    }
}

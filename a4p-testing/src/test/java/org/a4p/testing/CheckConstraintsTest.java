package org.a4p.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The helper passes a CHECK list equal to an enum and fails one that misses a code or has one too many. */
class CheckConstraintsTest {

    enum Colour { RED, GREEN, O_HARA }

    enum MoreColours { RED, GREEN, O_HARA, BLUE }

    private static final String DB = "notifications";

    @BeforeAll
    static void tables() throws Exception {
        try (Connection c = TestInfra.connect(DB)) {
            c.createStatement().execute("""
                    DROP TABLE IF EXISTS check_sample;
                    CREATE TABLE check_sample (
                        colour VARCHAR(20) NOT NULL CHECK (colour IN ('RED', 'GREEN', 'O_HARA')),
                        size   INT CHECK (size > 0),
                        CHECK (size < 10 OR colour <> 'RED'))""");
        }
    }

    @Test
    void aListEqualToTheEnumPasses() {
        assertThatCode(() -> CheckConstraints.assertAllows(DB, "check_sample", "colour", Colour.class)).doesNotThrowAnyException();
    }

    @Test
    void aCodeMissingFromTheListFails() {
        assertThatThrownBy(() -> CheckConstraints.assertAllows(DB, "check_sample", "colour", MoreColours.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("BLUE");
    }

    @Test
    void aColumnWithoutAListFails() {
        assertThatThrownBy(() -> CheckConstraints.allowedValues(DB, "check_sample", "size"))
                .isInstanceOf(AssertionError.class);
    }
}

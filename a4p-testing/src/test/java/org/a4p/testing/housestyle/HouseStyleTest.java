package org.a4p.testing.housestyle;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.a4p.testing.HouseStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared rule passes a sample laid out as the README says and fails one that breaks it. */
class HouseStyleTest {

    private static final String GOOD = "org.a4p.testing.housestyle.good";
    private static final String BAD = "org.a4p.testing.housestyle.bad";

    @Test
    void aServiceLaidOutAsTheReadmeSaysPasses() {
        assertThatCode(() -> HouseStyle.check(GOOD, new ClassFileImporter().importPackages(GOOD))).doesNotThrowAnyException();
    }

    @Test
    void aServiceThatImportsRestAndSitsOutsideTheLayersFails() {
        assertThatThrownBy(() -> HouseStyle.check(BAD, new ClassFileImporter().importPackages(BAD)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ItemService")
                .hasMessageContaining("ItemResource")
                .hasMessageContaining("Stray")
                .hasMessageContaining("Cycle detected");
    }
}

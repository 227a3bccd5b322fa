package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.StakeholderCategory;
import org.a4p.testing.CheckConstraints;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, problem answers and the package layout, as every service shows them (a4p-testing). */
@QuarkusTest
class ServiceBasicsTest extends org.a4p.testing.ServiceBasicsTest {

    ServiceBasicsTest() {
        super("A4P Tracker - Stakeholders API");
    }

    @Test
    void theCategoryCheckAllowsExactlyTheContractCategories() {
        CheckConstraints.assertAllows("stakeholders", "stakeholder", "category", StakeholderCategory.class);
    }
}

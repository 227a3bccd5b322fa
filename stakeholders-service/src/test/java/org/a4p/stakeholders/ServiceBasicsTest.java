package org.a4p.stakeholders;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.StakeholderCategory;
import org.a4p.testing.CheckConstraints;
import org.a4p.testing.HouseStyle;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Health, OpenAPI and problem answers as every service shows them, the package layout, and the contract codes. */
@QuarkusTest
class ServiceBasicsTest extends org.a4p.testing.ServiceBasicsTest {

    @Override
    protected String openApiTitle() {
        return "A4P Tracker - Stakeholders API";
    }

    /** The service consumes no topic, but a4p-platform brings SmallRye Reactive Messaging, whose check reports anyway. */
    @Override
    protected List<String> livenessChecks() {
        return List.of("SmallRye Reactive Messaging - liveness check");
    }

    @Test
    void houseStyle() {
        HouseStyle.check("org.a4p.stakeholders");
    }

    @Test
    void theCategoryCheckAllowsExactlyTheContractCategories() {
        CheckConstraints.assertAllows("stakeholders", "stakeholder", "category", StakeholderCategory.class);
    }
}

package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.AreaCode;
import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.PositionImplementation;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.testing.CheckConstraints;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The migrations allow exactly the contract codes of a4p-events: a code added on one side only fails here. */
@QuarkusTest
class ContractCodesTest {

    @Test
    void statusAndStakeholderChecksAllowExactlyTheContractCodes() {
        CheckConstraints.assertAllows("recommendations", "recommendation", "status", RecommendationStatus.class);
        CheckConstraints.assertAllows("recommendations", "recommendation_stakeholder", "stakeholder", StakeholderCategory.class);
        CheckConstraints.assertAllows("recommendations", "position", "acceptance", PositionAcceptance.class);
        CheckConstraints.assertAllows("recommendations", "position", "implementation", PositionImplementation.class);
        CheckConstraints.assertAllows("recommendations", "position_change", "acceptance", PositionAcceptance.class);
        CheckConstraints.assertAllows("recommendations", "position_change", "implementation", PositionImplementation.class);
        CheckConstraints.assertAllows("recommendations", "position_change", "kind", PositionChangeKind.class);
    }

    /** Areas are rows (a foreign key, no CHECK): the seeded ones, in display order, are the AreaCode constants in order. */
    @Test
    void seededAreasAreTheAreaCodesInOrder() {
        assertThat(given().when().get("/areas").then().statusCode(200).extract().jsonPath().getList("code", String.class))
                .containsExactlyElementsOf(Arrays.stream(AreaCode.values()).map(Enum::name).toList());
    }
}

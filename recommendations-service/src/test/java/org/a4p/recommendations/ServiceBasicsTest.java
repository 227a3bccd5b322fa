package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.HouseStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Named *Test, unlike the switch list's "ServiceBasics": Surefire runs only classes named Test*, *Test, *Tests, *TestCase. */
@QuarkusTest
class ServiceBasicsTest extends org.a4p.testing.ServiceBasicsTest {

    @Override
    protected String openApiTitle() {
        return "A4P Tracker - Recommendations API";
    }

    /** The consumed stakeholder-events channel is watched by SmallRye Reactive Messaging's own liveness check. */
    @Override
    protected List<String> livenessChecks() {
        return List.of("SmallRye Reactive Messaging - liveness check");
    }

    @Test
    void houseStyle() {
        HouseStyle.check("org.a4p.recommendations");
    }
}

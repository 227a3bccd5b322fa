package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
class ServiceBasicsTest extends org.a4p.testing.ServiceBasicsTest {

    @Override
    protected String openApiTitle() {
        return "A4P Tracker - Notifications API";
    }

    /** The two consumed channels are watched by SmallRye Reactive Messaging's own liveness check. */
    @Override
    protected List<String> livenessChecks() {
        return List.of("SmallRye Reactive Messaging - liveness check");
    }
}

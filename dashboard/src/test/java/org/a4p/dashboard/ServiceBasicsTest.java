package org.a4p.dashboard;

import io.quarkus.test.junit.QuarkusTest;

/** Health, OpenAPI, problem answers and the package layout, as every service shows them (a4p-testing). */
@QuarkusTest
class ServiceBasicsTest extends org.a4p.testing.ServiceBasicsTest {

    ServiceBasicsTest() {
        super("A4P Tracker - Dashboard");
    }
}

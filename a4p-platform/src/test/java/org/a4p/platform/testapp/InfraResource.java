package org.a4p.platform.testapp;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.a4p.testing.InfraTestResource;

/** The real PostgreSQL and Kafka; this test JVM's own server, so any of its databases will do. */
@QuarkusTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
public class InfraResource {
}

package org.a4p.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.a4p.testing.InfraTestResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL and Kafka of a4p-testinfra. */
@QuarkusTestResource(value = InfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "dashboard"))
public class InfraResource {
}

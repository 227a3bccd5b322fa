package org.a4p.platform.testapp;

import io.quarkus.test.common.QuarkusTestResource;
import org.a4p.testing.InfraTestResource;

/**
 * The real PostgreSQL and Kafka; this test JVM's own server, so its default database will do. No service's database
 * is named, so the app logs in to Kafka as the tests' super user: the test app reads and writes topics and a consumer
 * group that no service principal is allowed.
 */
@QuarkusTestResource(InfraTestResource.class)
public class InfraResource {
}

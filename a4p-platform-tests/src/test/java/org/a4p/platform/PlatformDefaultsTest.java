package org.a4p.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The test app's application.properties sets none of the shared defaults: each assertion here holds only because
 * the platform's META-INF/microprofile-config.properties reached the build (openapi info, jackson, flyway locations)
 * and the runtime (readiness checks, problem content filled in by ProblemResponses).
 */
@QuarkusTest
class PlatformDefaultsTest {

    @Test
    void openApiInfoAndSecuritySchemeComeFromThePlatform() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("A4P platform test app"))
                .body("info.version", equalTo("1.0.0"))
                .body("info.contact.name", equalTo("A4P Tracker team"))
                .body("info.license.name", equalTo("Apache 2.0"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void aBodilessErrorResponseIsDocumentedAsAProblem() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/test/conflict'.get.responses.'409'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/test/conflict'.get.responses.'200'.content.'application/problem+json'", equalTo(null))
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void unknownPropertiesAreRefused() {
        given().contentType("application/json").body("{\"name\":\"a\",\"count\":1,\"extra\":true}")
                .when().post("/test/body")
                .then().statusCode(400).body("errors[0].message", equalTo("unknown property 'extra'"));
    }

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka broker"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}

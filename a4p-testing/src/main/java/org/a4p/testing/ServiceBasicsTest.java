package org.a4p.testing;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must show the same way: health checks, its OpenAPI document, and problem answers. A service
 * runs it with a {@code @QuarkusTest} subclass that names what is its own; every assertion compares with those
 * names, so each can fail.
 */
public abstract class ServiceBasicsTest {

    /** The OpenAPI document's title, e.g. "A4P Tracker - Recommendations API". */
    protected abstract String openApiTitle();

    /** The readiness checks, by name, beyond the database and the Kafka broker that every service has. */
    protected List<String> ownReadinessChecks() {
        return List.of();
    }

    /** The liveness checks, by name (SmallRye Reactive Messaging adds one when the service consumes a topic). */
    protected abstract List<String> livenessChecks();

    @Test
    void readinessCoversTheDatabaseTheBrokerAndTheServicesOwnChecks() {
        JsonPath health = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class))
                .containsAll(List.of("Database connections health check", "Kafka broker"))
                .containsAll(ownReadinessChecks());
    }

    @Test
    void livenessListsExactlyTheExpectedChecks() {
        JsonPath health = given().when().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class)).containsExactlyInAnyOrderElementsOf(livenessChecks());
    }

    @Test
    void theOpenApiDocumentNamesTheServiceAndTheBearerScheme() {
        JsonPath doc = openApi();
        assertThat(doc.getString("info.title")).isEqualTo(openApiTitle());
        assertThat(doc.getString("info.version")).isEqualTo("1.0.0");
        assertThat(doc.getString("info.contact.name")).isEqualTo("A4P Tracker team");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    }

    @Test
    void everyDocumentedErrorIsAProblemDocument() {
        Map<String, Map<String, Object>> paths = openApi().getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> op) || !(op.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((code, response) -> {
                if (code.toString().startsWith("4") || code.toString().startsWith("5")) {
                    assertThat(((Map<?, ?>) response).get("content")).as("%s %s answers %s with", method, path, code)
                            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsKey("application/problem+json");
                }
            });
        }));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().when().get("/no-such-thing-" + System.nanoTime())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(404));
    }

    private static JsonPath openApi() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }
}

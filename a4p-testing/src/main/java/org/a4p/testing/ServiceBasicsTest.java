package org.a4p.testing;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must show the same way: health checks, its OpenAPI document, problem answers and the package
 * layout ({@link HouseStyle}, checked for the package of the subclass). A service runs it with a {@code @QuarkusTest}
 * subclass that names its OpenAPI title; every assertion compares with those names, so each can fail.
 */
public abstract class ServiceBasicsTest {

    /**
     * a4p-platform brings SmallRye Reactive Messaging, whose liveness check reports in every service (also one that
     * consumes no topic); no service has a liveness check of its own, so nothing else may report.
     */
    static final List<String> LIVENESS_CHECKS = List.of("SmallRye Reactive Messaging - liveness check");

    private final String openApiTitle;

    /** @param openApiTitle the OpenAPI document's title, e.g. "A4P Tracker - Recommendations API" */
    protected ServiceBasicsTest(String openApiTitle) {
        this.openApiTitle = openApiTitle;
    }

    /** The main classes of the subclass's package follow the house style (ArchUnit fails on an empty import too). */
    @Test
    void houseStyle() {
        HouseStyle.check(getClass().getPackageName());
    }

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        JsonPath health = given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class))
                .containsAll(List.of("Database connections health check", "Kafka broker"));
    }

    @Test
    void livenessListsExactlyTheExpectedChecks() {
        JsonPath health = given().when().get("/q/health/live").then().statusCode(200).extract().jsonPath();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getList("checks.name", String.class)).containsExactlyInAnyOrderElementsOf(LIVENESS_CHECKS);
    }

    @Test
    void theOpenApiDocumentNamesTheServiceAndTheBearerScheme() {
        JsonPath doc = openApi();
        assertThat(doc.getString("info.title")).isEqualTo(openApiTitle);
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

package org.a4p.stakeholders;

import org.a4p.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.StakeholderUpserted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** PUT /stakeholders/{code}. Tests add stakeholders of their own; a refused write must leave the seed as it was. */
@QuarkusTest
class StakeholderWriteTest {

    @Test
    void addingAStakeholderAnswers201AndPublishesItOnce() {
        String code = TestData.newCode();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body("Research network", "THINK_TANKS"))
                .when().put("/stakeholders/{code}", code)
                .then().statusCode(201).header("Location", endsWith("/stakeholders/" + code))
                .body("code", equalTo(code)).body("category", equalTo("THINK_TANKS")).body("closed", equalTo(false));
        given().queryParam("category", "THINK_TANKS").when().get("/stakeholders")
                .then().statusCode(200).body("code", hasItem(code));

        List<Events.Received> events = Events.about("stakeholders/" + code, 1);
        assertThat(Events.types(events)).containsExactly(EventTypes.STAKEHOLDER_UPSERTED);
        assertThat(events.get(0).key()).isEqualTo(code);
        assertThat(Events.JSON.convertValue(events.get(0).event().data(), StakeholderUpserted.class)).isEqualTo(
                new StakeholderUpserted(code, "Research network", "INTERGOVERNMENTAL_BODY", "THINK_TANKS",
                        "A body added by a test.", false));
    }

    @Test
    void locationComesFromTheConfiguredBaseUrlNotFromTheHostHeader() {
        String code = TestData.newCode();
        given().header("Authorization", Tokens.secretariat()).header("Host", "attacker.example").contentType("application/json")
                .body(body("Research network", "THINK_TANKS"))
                .when().put("/stakeholders/{code}", code)
                .then().statusCode(201).header("Location", startsWith("http://localhost:")).header("Location", endsWith("/stakeholders/" + code));
    }

    @Test
    void replacingPublishesTheNewStateAndAnIdenticalReplacementNothing() {
        String code = TestData.newCode();
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body("Working group", "THINK_TANKS"))
                .when().put("/stakeholders/{code}", code).then().statusCode(201);
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body("Working group", "THINK_TANKS"))
                .when().put("/stakeholders/{code}", code).then().statusCode(200).body("name", equalTo("Working group"));
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body("Working group of Member States", "MEMBER_STATES"))
                .when().put("/stakeholders/{code}", code).then().statusCode(200).body("category", equalTo("MEMBER_STATES"));

        given().when().get("/stakeholders/{code}", code).then().body("name", equalTo("Working group of Member States"));
        List<Events.Received> events = Events.about("stakeholders/" + code, 2);
        assertThat(Events.types(events)).containsExactly(EventTypes.STAKEHOLDER_UPSERTED, EventTypes.STAKEHOLDER_UPSERTED);
        assertThat(events.get(1).event().data().get("category").asText()).isEqualTo("MEMBER_STATES");
    }

    static Stream<Arguments> invalidStakeholders() {
        Map<String, Object> tooLong = body("x".repeat(201), "THINK_TANKS");
        Map<String, Object> closedBody = body("Closed body", "THINK_TANKS");
        closedBody.put("closed", true);
        Map<String, Object> newCategory = body("A sixth category", "THINK_TANKS");
        newCategory.put("kind", "CATEGORY");
        Map<String, Object> demoted = body("Member States", "MEMBER_STATES");
        Map<String, Object> recategorised = body("Member States", "SECRETARIAT");
        recategorised.put("kind", "CATEGORY");
        Map<String, Object> noName = body("n", "THINK_TANKS");
        noName.remove("name");
        return Stream.of(
                arguments("lower-case code", "c34_bis", body("C-34 bis", "MEMBER_STATES"), "code"),
                arguments("name too long", null, tooLong, "name"),
                arguments("missing name", null, noName, "name"),
                arguments("closed but not a mission", null, closedBody, "closed"),
                arguments("a sixth category", null, newCategory, "kind"),
                arguments("a category loses its kind", "MEMBER_STATES", demoted, "kind"),
                arguments("a category changes category", "MEMBER_STATES", recategorised, "category"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStakeholders")
    void invalidStakeholderIsA400AndChangesNothing(String why, String code, Map<String, Object> body, String field) {
        long rows = Events.count("stakeholder");
        long outbox = Events.count("outbox_event");
        String before = given().when().get("/stakeholders/MEMBER_STATES").then().extract().asString();

        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(body).when().put("/stakeholders/{code}", code == null ? TestData.newCode() : code)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));

        assertThat(Events.count("stakeholder")).isEqualTo(rows);
        assertThat(Events.count("outbox_event")).isEqualTo(outbox);
        assertThat(given().when().get("/stakeholders/MEMBER_STATES").then().extract().asString()).isEqualTo(before);
    }

    @Test
    void unknownEnumAndUnknownPropertyAreProblems() {
        Map<String, Object> badCategory = body("x", "THINK_TANKS");
        badCategory.put("category", "NGOS");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(badCategory).when().put("/stakeholders/{code}", TestData.newCode())
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("category"));
        Map<String, Object> extra = body("x", "THINK_TANKS");
        extra.put("code", "OTHER");
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body(extra).when().put("/stakeholders/{code}", TestData.newCode())
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("code"));
    }

    private static Map<String, Object> body(String name, String category) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", "INTERGOVERNMENTAL_BODY");
        m.put("category", category);
        m.put("description", "A body added by a test.");
        return m;
    }
}

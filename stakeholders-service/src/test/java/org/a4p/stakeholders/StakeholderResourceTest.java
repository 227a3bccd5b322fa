package org.a4p.stakeholders;

import org.a4p.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StakeholderResourceTest {

    @Test
    void theFiveCategoriesAreTheirOwnCategory() {
        List<Map<String, Object>> categories = given().queryParam("kind", "CATEGORY").when().get("/stakeholders")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(categories).extracting(c -> c.get("code")).containsExactlyInAnyOrder(
                "MEMBER_STATES", "SECURITY_COUNCIL", "SECRETARIAT", "FIELD_MISSIONS", "THINK_TANKS");
        assertThat(categories).allSatisfy(c -> assertThat(c.get("category")).isEqualTo(c.get("code")));
    }

    @ParameterizedTest
    @CsvSource({
            "GENERAL_ASSEMBLY, INTERGOVERNMENTAL_BODY, MEMBER_STATES, false",
            "C34, INTERGOVERNMENTAL_BODY, MEMBER_STATES, false",
            "FIFTH_COMMITTEE, INTERGOVERNMENTAL_BODY, MEMBER_STATES, false",
            "PEACEBUILDING_COMMISSION, INTERGOVERNMENTAL_BODY, MEMBER_STATES, false",
            "PEACEKEEPING_MINISTERIAL, INTERGOVERNMENTAL_BODY, MEMBER_STATES, false",
            "SECURITY_COUNCIL, CATEGORY, SECURITY_COUNCIL, false",
            "AFRICAN_UNION, REGIONAL_ORGANIZATION, MEMBER_STATES, false",
            "EUROPEAN_UNION, REGIONAL_ORGANIZATION, MEMBER_STATES, false",
            "OMA, SECRETARIAT_ENTITY, SECRETARIAT, false",
            "OSPP, SECRETARIAT_ENTITY, SECRETARIAT, false",
            "DPO, SECRETARIAT_ENTITY, SECRETARIAT, false",
            "DPPA, SECRETARIAT_ENTITY, SECRETARIAT, false",
            "MONUSCO, FIELD_MISSION, FIELD_MISSIONS, false",
            "UNMISS, FIELD_MISSION, FIELD_MISSIONS, false",
            "MINUSCA, FIELD_MISSION, FIELD_MISSIONS, false",
            "MINUSMA, FIELD_MISSION, FIELD_MISSIONS, true",
            "UNAMID, FIELD_MISSION, FIELD_MISSIONS, true",
            "UNMIL, FIELD_MISSION, FIELD_MISSIONS, true",
            "UNOCI, FIELD_MISSION, FIELD_MISSIONS, true",
    })
    void seededBodyHasItsKindCategoryAndDescription(String code, String kind, String category, boolean closed) {
        JsonPath s = given().when().get("/stakeholders/{code}", code).then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("code")).isEqualTo(code);
        assertThat(s.getString("kind")).isEqualTo(kind);
        assertThat(s.getString("category")).isEqualTo(category);
        assertThat(s.getBoolean("closed")).isEqualTo(closed);
        assertThat(s.getString("name")).isNotBlank();
        assertThat(s.getString("description")).isNotBlank().doesNotContain("\n");
    }

    @Test
    void namesAreTheOnesInTheReport() {
        given().when().get("/stakeholders/C34").then().statusCode(200)
                .body("name", equalTo("Special Committee on Peacekeeping Operations (C-34)"));
        given().when().get("/stakeholders/OMA").then().body("name", equalTo("Office of Military Affairs"));
        given().when().get("/stakeholders/OSPP").then().body("name", equalTo("Office for Strategic Peacekeeping Partnerships"));
    }

    @Test
    void filtersByKindAndCategoryCombine() {
        // other classes may add stakeholders: the seeded ones are checked exactly, added ones by what they are
        String mission = TestData.newStakeholder("FIELD_MISSION", "FIELD_MISSIONS");
        String office = TestData.newStakeholder("SECRETARIAT_ENTITY", "SECRETARIAT");
        String regional = TestData.newStakeholder("REGIONAL_ORGANIZATION", "MEMBER_STATES");
        String network = TestData.newStakeholder("REGIONAL_ORGANIZATION", "THINK_TANKS");

        List<Map<String, Object>> missions = list(Map.of("kind", "FIELD_MISSION"));
        assertThat(codes(missions)).filteredOn(Seed.STAKEHOLDERS::contains)
                .containsExactly("MINUSCA", "MINUSMA", "MONUSCO", "UNAMID", "UNMIL", "UNMISS", "UNOCI");
        assertThat(codes(missions)).isSorted().contains(mission).doesNotContain(office, regional, network);
        assertThat(missions).allSatisfy(s -> assertThat(s.get("kind")).isEqualTo("FIELD_MISSION"));

        List<Map<String, Object>> secretariat = list(Map.of("category", "SECRETARIAT"));
        assertThat(codes(secretariat)).filteredOn(Seed.STAKEHOLDERS::contains)
                .containsExactly("DPO", "DPPA", "OMA", "OSPP", "SECRETARIAT");
        assertThat(codes(secretariat)).isSorted().contains(office).doesNotContain(mission, regional, network);
        assertThat(secretariat).allSatisfy(s -> assertThat(s.get("category")).isEqualTo("SECRETARIAT"));

        List<Map<String, Object>> regionalMemberStates = list(Map.of("kind", "REGIONAL_ORGANIZATION", "category", "MEMBER_STATES"));
        assertThat(codes(regionalMemberStates)).filteredOn(Seed.STAKEHOLDERS::contains)
                .containsExactly("AFRICAN_UNION", "EUROPEAN_UNION");
        assertThat(codes(regionalMemberStates)).isSorted().contains(regional).doesNotContain(mission, office, network);
        assertThat(regionalMemberStates).allSatisfy(s -> assertThat(List.of(s.get("kind"), s.get("category")))
                .containsExactly("REGIONAL_ORGANIZATION", "MEMBER_STATES"));

        assertThat(codes(list(Map.of()))).isSorted().containsAll(Seed.STAKEHOLDERS).contains(mission, office, regional, network);
    }

    private static List<Map<String, Object>> list(Map<String, String> query) {
        return given().queryParams(query).when().get("/stakeholders").then().statusCode(200).extract().jsonPath().getList("");
    }

    private static List<String> codes(List<Map<String, Object>> stakeholders) {
        return stakeholders.stream().map(s -> (String) s.get("code")).toList();
    }

    @ParameterizedTest
    @CsvSource({"kind, MISSION", "category, member_states"})
    void unknownFilterValueIsA400NamingTheParameter(String param, String value) {
        given().queryParam(param, value).when().get("/stakeholders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(param));
    }

    @Test
    void unknownCodeIsA404Problem() {
        given().when().get("/stakeholders/NO_SUCH_BODY")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:a4p:problem:not-found"));
    }

    @Test
    void stakeholdersCannotBePostedOrDeleted() {
        given().header("Authorization", Tokens.secretariat()).contentType("application/json").body("{}").when().post("/stakeholders")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405));
        given().header("Authorization", Tokens.secretariat()).when().delete("/stakeholders/C34")
                .then().statusCode(405).contentType("application/problem+json");
    }
}

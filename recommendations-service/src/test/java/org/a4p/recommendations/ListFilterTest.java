package org.a4p.recommendations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters over the seeded recommendations 1..24, which no test changes. Other test classes create
 * recommendations of their own (numbers above 24) that may match too; {@link #seeded} leaves them out.
 */
@QuarkusTest
class ListFilterTest {

    static JsonPath list(Map<String, ?> query) {
        return given().queryParams(query).when().get("/recommendations").then().statusCode(200).extract().jsonPath();
    }

    static List<Integer> seeded(Map<String, ?> query) {
        return list(query).getList("items.number", Integer.class).stream().filter(n -> n <= 24).toList();
    }

    @Test
    void filtersByArea() {
        assertThat(seeded(Map.of("area", "POLITICS"))).containsExactly(7, 8);
        assertThat(seeded(Map.of("area", "CONDUCT", "status", "PROPOSED"))).containsExactly(23, 24);
    }

    @Test
    void filtersByStakeholder() {
        assertThat(seeded(Map.of("stakeholder", "SECURITY_COUNCIL"))).containsExactly(6, 8);
        assertThat(seeded(Map.of("stakeholder", "THINK_TANKS", "area", "WOMEN_PEACE_AND_SECURITY"))).containsExactly(5);
        // a category code is accepted as body too
        assertThat(seeded(Map.of("body", "SECURITY_COUNCIL"))).containsExactly(6, 8);
    }

    @Test
    void filtersByParagraphAndStatus() {
        assertThat(seeded(Map.of("a4pParagraph", 8))).containsExactly(4, 5, 6);
        assertThat(seeded(Map.of("a4pParagraph", 8, "status", "IMPLEMENTED"))).isEmpty();
    }

    @Test
    void fullTextSearchesTextAndStakeholderAction() {
        assertThat(seeded(Map.of("q", "gender"))).containsExactly(4, 6);
        // "Council" is in the stakeholder action of 6 and 8 and in the text of 7 and 8
        assertThat(seeded(Map.of("q", "council"))).containsExactly(6, 7, 8);
        // English stemming: "trained" finds "training"
        assertThat(seeded(Map.of("q", "trained", "area", "SAFETY_AND_SECURITY"))).containsExactly(18, 19, 20, 21);
        assertThat(seeded(Map.of("q", "training -exercises", "area", "SAFETY_AND_SECURITY"))).containsExactly(19, 20);
        assertThat(seeded(Map.of("q", "\"sexual exploitation\""))).containsExactly(24);
        // whatever a user types is a query, never an error
        assertThat(seeded(Map.of("q", "(& | ! :*"))).isEmpty();
    }

    @Test
    void pagesAreZeroBasedWithTotal() {
        JsonPath first = list(Map.of("a4pParagraph", 13, "size", 2));
        assertThat(first.getList("items.number", Integer.class)).containsExactly(11, 12);
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        JsonPath second = list(Map.of("a4pParagraph", 13, "size", 2, "page", 1));
        assertThat(second.getList("items.number", Integer.class)).containsExactly(21);
        assertThat(second.getInt("total")).isEqualTo(3);
        JsonPath beyond = list(Map.of("a4pParagraph", 13, "size", 2, "page", 5));
        assertThat(beyond.getList("items")).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(3);
    }

    @Test
    void defaultPageIsTheFirstTwentyByNumber() {
        JsonPath page = list(Map.of());
        assertThat(page.getInt("size")).isEqualTo(20);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getList("items.number", Integer.class)).hasSize(20).isSorted().startsWith(1, 2, 3);
    }
}

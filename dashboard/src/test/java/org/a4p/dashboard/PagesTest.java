package org.a4p.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.a4p.events.EventTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The pages, read over HTTP as a browser would, from the read model that the events built: every page in every
 * language, what the events brought (escaped), filters as links, a status change reaching the page, 404 and 400.
 */
@QuarkusTest
class PagesTest {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";

    static final int NUMBER = Events.freshNumber();
    static final String SESSION = Events.fresh("c34-test");
    static final String BODY = "C34TEST" + (NUMBER % 100000);

    /** One recommendation addressed to MEMBER_STATES, a body of that category and a session of it, for all tests. */
    private static boolean built;

    /** Once per class, but as an instance callback: RestAssured knows the application's port only from here on. */
    @BeforeEach
    void theEventsHaveBuiltTheReadModel() {
        if (built) {
            return;
        }
        built = true;
        Events.stakeholder(BODY, "Special Committee (test " + BODY + ")", "BODY", "MEMBER_STATES");
        Events.recommendation(NUMBER, "CONDUCT", List.of("MEMBER_STATES"), "Recommendation text " + NUMBER, "PROPOSED", 1);
        Events.session(EventTypes.SESSION_SCHEDULED, SESSION, BODY, "Substantive session " + SESSION, LocalDate.now().plusDays(30));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().get("/recommendations/" + NUMBER).then().statusCode(200);
            given().get("/briefings/" + SESSION).then().statusCode(200);
        });
    }

    @ParameterizedTest(name = "every page in {0}")
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyPageOpensInEveryLanguageWithItsLangAndDirection(String lang) {
        String dir = lang.equals("ar") ? "rtl" : "ltr";
        for (String path : List.of("/", "/?area=CONDUCT", "/recommendations", "/recommendations?status=PROPOSED&area=CONDUCT&q=text",
                "/recommendations/" + NUMBER, "/sessions", "/sessions?body=" + BODY, "/briefings/" + SESSION)) {
            String html = given().queryParam("lang", lang).get(path).then().statusCode(200)
                    .contentType("text/html").header("Content-Language", lang).extract().asString();
            assertThat(html).as(path).contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\">");
            // every link inside the dashboard keeps the language
            assertThat(html).as(path).contains("href=\"/recommendations?lang=" + lang + "\"");
        }
    }

    @Test
    void theLanguageComesFromTheParameterThenAcceptLanguageThenEnglish() {
        assertThat(given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5").get("/").asString()).contains("<html lang=\"fr\"");
        assertThat(given().header("Accept-Language", "ar-EG").get("/").asString()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(given().header("Accept-Language", "fr").queryParam("lang", "ru").get("/").asString()).contains("<html lang=\"ru\"");
        assertThat(given().header("Accept-Language", "de-DE, ja").get("/").asString()).contains("<html lang=\"en\"");
        assertThat(given().header("Accept-Language", ";;;===").get("/").asString()).contains("<html lang=\"en\"");
    }

    @Test
    void fixedTextIsTranslatedAndTheReportsTextStaysEnglish() {
        String fr = given().queryParam("lang", "fr").get("/recommendations/" + NUMBER).asString();
        assertThat(fr).contains("Recommandation " + NUMBER, "Historique", "Proposée")
                .contains("<p lang=\"en\">Recommendation text " + NUMBER + "</p>");
        String zh = given().queryParam("lang", "zh").get("/sessions").asString();
        assertThat(zh).contains("会议日历");
    }

    @Test
    void theSessionsPageLinksTheCalendarAndTheBriefing() {
        String html = given().queryParam("lang", "en").queryParam("body", BODY).get("/sessions").asString();
        assertThat(html).contains("href=\"http://localhost:8082/sessions.ics?body=" + BODY + "\"")
                .contains("href=\"/briefings/" + SESSION + "?lang=en\"")
                .contains("Substantive session " + SESSION);
        String briefing = given().queryParam("lang", "en").get("/briefings/" + SESSION).asString();
        // the body acts for MEMBER_STATES, so the recommendation addressed to that category is in its briefing
        assertThat(briefing).contains("href=\"/recommendations/" + NUMBER + "?lang=en\"").contains("Special Committee (test " + BODY + ")");
    }

    @Test
    void aStatusChangeAppearsOnThePagesWithinSeconds() {
        int n = Events.freshNumber();
        Events.recommendation(n, "POLITICS", List.of("SECURITY_COUNCIL"), "Recommendation " + n, "PROPOSED", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/recommendations/" + n).then().statusCode(200));
        Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2, "Discussed at the C-34", "https://undocs.org/A/77/19");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            String html = given().queryParam("lang", "en").get("/recommendations/" + n).asString();
            assertThat(html).contains("<span class=\"status s-UNDER_CONSIDERATION\">Under consideration</span>")
                    .contains("Discussed at the C-34").contains("<a href=\"https://undocs.org/A/77/19\"");
        });
        assertThat(given().queryParam("status", "UNDER_CONSIDERATION").queryParam("area", "POLITICS").get("/recommendations").asString())
                .contains("href=\"/recommendations/" + n + "?lang=en\"");
        assertThat(given().get("/").asString()).contains("Data as of");
    }

    @Test
    void hostileTextFromAnEventIsEscapedAndOnlyHttpEvidenceBecomesALink() {
        int n = Events.freshNumber();
        Events.recommendation(n, "PROTECTION", List.of("SECRETARIAT"), HOSTILE, "PROPOSED", 1);
        Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2, HOSTILE, "javascript:alert(1)");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().get("/recommendations/" + n).then().statusCode(200).extract().asString()).contains("javascript:alert(1)"));
        for (String page : List.of("/recommendations/" + n, "/recommendations?area=PROTECTION")) {
            String html = given().get(page).asString();
            assertThat(html).as(page).doesNotContain("<script", "<img", "onerror=alert(1)>", "href=\"javascript:")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        }
    }

    @Test
    void thePagesLoadNothingFromAnotherHostAndCarryAClosedPolicy() {
        Response r = given().get("/");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'", "style-src 'self'", "frame-ancestors 'none'");
        assertThat(r.asString()).doesNotContain("<script").contains("<link rel=\"stylesheet\" href=\"/dashboard.css\">")
                .doesNotContain("src=\"http", "href=\"//");
        given().get("/dashboard.css").then().statusCode(200).contentType("text/css");
    }

    @Test
    void anUnknownRecommendationOrSessionIsANotFoundPageOrAProblem() {
        String html = given().accept("text/html").queryParam("lang", "es").get("/recommendations/999999999")
                .then().statusCode(404).contentType("text/html").extract().asString();
        assertThat(html).contains("<html lang=\"es\"", "Página no encontrada");
        given().accept("text/html").get("/briefings/no-such-session").then().statusCode(404).contentType("text/html");
        given().accept("application/json").get("/recommendations/999999999")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().accept("application/problem+json").get("/briefings/no-such-session")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} is a 400 problem")
    @CsvSource(delimiter = '|', value = {
            "/?lang=de|lang", "/?lang=<b>|lang", "/?area=ATLANTIS|area", "/recommendations?status=DONE|status",
            "/recommendations?stakeholder=a'b|stakeholder", "/recommendations/twelve|number", "/recommendations/0|number",
            "/recommendations/99999999999|number", "/sessions?body=C34%20OR%201|body"})
    void aBadParameterIsABadRequestProblem(String path, String field) {
        given().accept("text/html").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void anOverlongSearchIsABadRequestProblem() {
        given().queryParam("q", "x".repeat(201)).get("/recommendations").then().statusCode(400).contentType("application/problem+json");
    }
}

package org.a4p.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.a4p.events.EventTypes;
import org.a4p.events.EvidenceReference;
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

    @Test
    void positionsFromEventsShowOnThePageAndInItsTimelineBesideTheSeededPendingOnes() {
        int n = Events.freshNumber();
        String body = "C34P" + (n % 100000);
        Events.stakeholder(body, "Committee (positions " + body + ")", "BODY", "MEMBER_STATES");
        Events.recommendation(n, "PARTNERSHIPS", List.of("MEMBER_STATES", "SECRETARIAT"), "Recommendation " + n, "ACCEPTED", 3);
        Events.position(n, "SECRETARIAT", "SET", "ACCEPTED", "IN_PROGRESS", "Training under way",
                List.of(new EvidenceReference("A/77/19", "12", null, "Report of the C-34"),
                        new EvidenceReference(null, null, "https://example.org/evidence", null)), 1, 4);
        Events.position(n, body, "SET", "PARTIALLY_ACCEPTED", "NOT_STARTED", null, List.of(), 0, 5);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().queryParam("lang", "en").get("/recommendations/" + n).then().statusCode(200).extract().asString())
                .contains("Committee (positions " + body + ")"));
        String html = given().queryParam("lang", "en").get("/recommendations/" + n).asString();
        String positions = html.substring(html.indexOf("<h2 id=\"positions\">"), html.indexOf("<h2 id=\"history\">"));
        // MEMBER_STATES has no event: the seed's pending position; the others as their events set them, by code
        assertThat(positions).containsSubsequence(
                "Committee (positions " + body + ")", "Partially accepted", "Not started",
                ">MEMBER_STATES</a>", "Pending", "Not started", "—",
                ">SECRETARIAT</a>", "Accepted", "In progress", "Training under way",
                "A/77/19, para. 12 · Report of the C-34", "<a href=\"https://example.org/evidence\"");
        String history = html.substring(html.indexOf("<h2 id=\"history\">"));
        assertThat(history).contains(">SECRETARIAT</a>: Accepted / In progress", "Training under way")
                .contains("Committee (positions " + body + ")</a>: Partially accepted / Not started");
        assertThat(given().queryParam("lang", "fr").get("/recommendations/" + n).asString())
                .contains("Partiellement acceptée", "En attente", "Non commencée");
        // a body with a position is an addressee: the list filtered by it finds the recommendation
        assertThat(given().queryParam("stakeholder", body).get("/recommendations").asString())
                .contains("href=\"/recommendations/" + n + "?lang=en\"");
    }

    @Test
    void theOverviewShowsAcceptanceAndImplementationRatesByStakeholderAndUnknownIsNotZero() {
        int a = Events.freshNumber();
        int b = Events.freshNumber();
        String decided = "C34D" + (a % 100000);
        String undecided = "C34U" + (a % 100000);
        Events.recommendation(a, "PERFORMANCE_AND_ACCOUNTABILITY", List.of("SECRETARIAT"), "Recommendation " + a, "ACCEPTED", 1);
        Events.recommendation(b, "PERFORMANCE_AND_ACCOUNTABILITY", List.of("SECRETARIAT"), "Recommendation " + b, "ACCEPTED", 1);
        // decided: accepted and implemented on a, not accepted on b, not relevant on neither → 1 of 2 decided, 1 of 1
        Events.position(a, decided, "SET", "ACCEPTED", "IMPLEMENTED", null, List.of(), 0, 2);
        Events.position(b, decided, "SET", "NOT_ACCEPTED", "NOT_STARTED", null, List.of(), 0, 2);
        // undecided: only a pending and a not-relevant position → no rate at all, not 0 %
        Events.position(a, undecided, "SET", "PENDING", "NOT_STARTED", null, List.of(), 0, 3);
        Events.position(b, undecided, "SET", "NOT_RELEVANT", "NOT_STARTED", null, List.of(), 0, 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String html = given().queryParam("lang", "en").get("/").asString();
            assertThat(row(html, decided)).contains("50% (1 of 2)", "100% (1 of 1)", "<svg class=\"rate acceptance\"");
            assertThat(row(html, undecided)).contains("— (no decision yet)", "— (nothing accepted yet)")
                    .doesNotContain("% (", "<svg class=\"rate");
        });
        assertThat(row(given().queryParam("lang", "ar").get("/").asString(), undecided)).contains("— (لا قرار بعد)");
    }

    @Test
    void theOverviewShowsTheRatesByAreaAndAnAreasRatesByStakeholderCountOnlyThatArea() {
        String area = "SAFETY_AND_SECURITY";
        // the area's row counts every test's positions in it: what this test adds is measured as a difference
        Tally before = areaTally(given().queryParam("lang", "en").get("/").asString(), area);
        int a = Events.freshNumber();
        int b = Events.freshNumber();
        int elsewhere = Events.freshNumber();
        String body = "C34S" + (a % 100000);
        String other = "C34O" + (a % 100000);
        Events.recommendation(a, area, List.of("SECRETARIAT"), "Recommendation " + a, "ACCEPTED", 1);
        Events.recommendation(b, area, List.of("SECRETARIAT"), "Recommendation " + b, "ACCEPTED", 1);
        Events.recommendation(elsewhere, "PEACEBUILDING_AND_SUSTAINING_PEACE", List.of("SECRETARIAT"), "Recommendation " + elsewhere, "ACCEPTED", 1);
        // in the area: body accepted + implemented a, did not accept b; other partially accepted a, not implemented
        Events.position(a, body, "SET", "ACCEPTED", "IMPLEMENTED", null, List.of(), 0, 2);
        Events.position(b, body, "SET", "NOT_ACCEPTED", "NOT_STARTED", null, List.of(), 0, 2);
        Events.position(a, other, "SET", "PARTIALLY_ACCEPTED", "IN_PROGRESS", null, List.of(), 0, 3);
        // outside the area: counts for body overall, not in the area's figures
        Events.position(elsewhere, body, "SET", "NOT_ACCEPTED", "NOT_STARTED", null, List.of(), 0, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String html = given().queryParam("lang", "en").get("/").asString();
            // decided +3, accepted or partially +2, implemented +1
            assertThat(areaTally(html, area)).isEqualTo(new Tally(before.decided + 3, before.accepted + 2, before.implemented + 1));
            assertThat(row(html, body)).contains("33% (1 of 3)", "100% (1 of 1)");
        });
        String filtered = given().queryParam("lang", "en").queryParam("area", area).get("/").asString();
        assertThat(row(filtered, body)).contains("50% (1 of 2)", "100% (1 of 1)");
        assertThat(row(filtered, other)).contains("100% (1 of 1)", "0% (0 of 1)");
        assertThat(filtered).doesNotContain("area=PEACEBUILDING_AND_SUSTAINING_PEACE&amp;lang=en\"");
    }

    /** The acceptance and implementation tallies shown as "(x of y)" in an area's row of the overview. */
    private static Tally areaTally(String html, String area) {
        int at = html.indexOf("href=\"/?area=" + area + "&");
        assertThat(at).as("a row for area " + area).isPositive();
        var shown = java.util.regex.Pattern.compile("\\((\\d+) of (\\d+)\\)").matcher(html.substring(at, html.indexOf("</tr>", at)));
        // an unknown rate shows no "(x of y)": no decided position means nothing accepted, nothing implemented
        if (!shown.find()) {
            return new Tally(0, 0, 0);
        }
        int accepted = Integer.parseInt(shown.group(1));
        int decided = Integer.parseInt(shown.group(2));
        int implemented = shown.find() ? Integer.parseInt(shown.group(1)) : 0;
        return new Tally(decided, accepted, implemented);
    }

    private record Tally(int decided, int accepted, int implemented) {
    }

    @Test
    void aRemovedPositionStaysRemovedWhateverArrivesLateAndTakesTheSeededOneWithIt() {
        int n = Events.freshNumber();
        String body = "C34T" + (n % 100000);
        Events.recommendation(n, "POLITICS", List.of("SECRETARIAT", "FIELD_MISSIONS"), "Recommendation " + n, "PROPOSED", 1);
        Events.position(n, body, "SET", "ACCEPTED", "NOT_STARTED", null, List.of(), 0, 2);
        Events.position(n, body, "REMOVED", "ACCEPTED", "NOT_STARTED", null, List.of(), 1, 3);
        Events.position(n, "SECRETARIAT", "REMOVED", "PENDING", "NOT_STARTED", null, List.of(), 1, 4);
        // late: older than the removals (an event replayed, or a stale copy): must not bring anything back
        Events.position(n, body, "SET", "NOT_ACCEPTED", "NOT_STARTED", "stale", List.of(), 0, 2);
        Events.position(n, "SECRETARIAT", "SET", "ACCEPTED", "IMPLEMENTED", "stale", List.of(), 0, 1);
        // proof that the late ones were consumed: same key, so same partition, applied after them
        Events.position(n, "FIELD_MISSIONS", "SET", "NOT_ACCEPTED", "NOT_STARTED", "marker " + n, List.of(), 0, 5);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().get("/recommendations/" + n).then().statusCode(200).extract().asString()).contains("marker " + n));
        String html = given().queryParam("lang", "en").get("/recommendations/" + n).asString();
        String positions = html.substring(html.indexOf("<h2 id=\"positions\">"), html.indexOf("<h2 id=\"history\">"));
        assertThat(positions).contains(">FIELD_MISSIONS</a>").doesNotContain(">" + body + "</a>", ">SECRETARIAT</a>", "stale");
        // the history keeps what happened, removals included
        assertThat(html.substring(html.indexOf("<h2 id=\"history\">"))).contains(">" + body + "</a>: position removed");
    }

    @Test
    void hostileNotesAndEvidenceOfAPositionAreEscapedAndOnlyHttpEvidenceBecomesALink() {
        int n = Events.freshNumber();
        Events.recommendation(n, "PROTECTION", List.of("SECRETARIAT"), "Recommendation " + n, "PROPOSED", 1);
        Events.position(n, "SECRETARIAT", "SET", "ACCEPTED", "NOT_STARTED", HOSTILE,
                List.of(new EvidenceReference(HOSTILE, HOSTILE, "javascript:alert(1)", HOSTILE),
                        new EvidenceReference(null, null, "javascript:alert(2)", null)), 1, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().get("/recommendations/" + n).then().statusCode(200).extract().asString()).contains("javascript:alert(2)"));
        String html = given().get("/recommendations/" + n).asString();
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>", "href=\"javascript:")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    }

    @Test
    void aSessionsOutcomeShowsInThePastSessionsAndInTheBodysNextBriefingInItsLanguage() {
        String body = "C34O" + (Events.freshNumber() % 100000);
        String last = Events.fresh("c34-last");
        String next = Events.fresh("c34-next");
        Events.stakeholder(body, "Committee (outcomes " + body + ")", "BODY", "MEMBER_STATES");
        Events.session(EventTypes.SESSION_SCHEDULED, last, body, "Last session " + last, LocalDate.now().minusDays(60));
        Events.session(EventTypes.SESSION_SCHEDULED, next, body, "Next session " + next, LocalDate.now().plusDays(30));
        Events.outcome(last, body, "NO_SUBSTANTIVE_REPORT", null, "No consensus on the report", 3);
        // a correction recorded earlier but arriving late must not replace the newer outcome
        Events.outcome(last, body, "REPORT_ADOPTED", "A/79/19", null, 2);
        // proof that the late one was consumed: same key, applied after it
        Events.session(EventTypes.SESSION_CHANGED, last, body, "Last session (renamed) " + last, LocalDate.now().minusDays(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().queryParam("body", body).get("/sessions").asString()).contains("Last session (renamed) " + last));
        String sessions = given().queryParam("lang", "en").queryParam("body", body).get("/sessions").asString();
        assertThat(sessions.substring(sessions.indexOf("<h2 id=\"past\">")))
                .contains("No substantive report", "No consensus on the report").doesNotContain("Report adopted", "A/79/19");
        assertThat(given().queryParam("lang", "fr").get("/briefings/" + next).asString())
                .contains("Session précédente", "Last session (renamed) " + last, "Pas de rapport de fond");
        Events.outcome(last, body, "REPORT_ADOPTED", "A/79/19", null, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().queryParam("lang", "ru").get("/briefings/" + next).asString()).contains("Доклад принят", "A/79/19"));
    }

    /** The overview's table row of one stakeholder code. */
    private static String row(String html, String code) {
        int at = html.indexOf("stakeholder=" + code + "&");
        assertThat(at).as("a row for " + code).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }
}

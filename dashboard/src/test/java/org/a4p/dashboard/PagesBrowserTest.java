package org.a4p.dashboard;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.events.EventTypes;
import org.a4p.events.EvidenceReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real browser: Debian's chromium, driven through its chromedriver by Selenium (never a browser or
 * driver that Selenium would download: the driver's path is given). Every page opens in every language with its
 * lang and dir, its links lead somewhere, axe-core finds no WCAG 2.1 AA violation in English and Arabic, and a
 * status change shows on the page within seconds. .ci/run installs chromium, chromium-driver and axe-core
 * (src/test/axe); where they are missing, this class is skipped and says so.
 */
@QuarkusTest
class PagesBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");
    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,
                    nodes: v.nodes.map(n => n.target.join(' '))})))))
               .catch(e => done('axe failed: ' + e));""";

    static final int NUMBER = Events.freshNumber();
    static final String SESSION = Events.fresh("browser");
    static final String BODY = "C34B" + (NUMBER % 100000);

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void aBrowserAndData() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM) && Files.exists(AXE),
                "browser test skipped: needs /usr/bin/chromium, /usr/bin/chromedriver and " + AXE + " (.ci/run installs them)");
        if (browser != null) {
            return;
        }
        profile = Files.createTempDirectory("a4p-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // a tall window: the screenshots (the README's among them) show the charts, not only the page's head
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1280,1600",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));

        Events.stakeholder(BODY, "Special Committee (browser " + BODY + ")", "BODY", "MEMBER_STATES");
        Events.recommendation(NUMBER, "WOMEN_PEACE_AND_SECURITY", List.of("MEMBER_STATES", "SECRETARIAT"),
                "Recommendation text " + NUMBER, "PROPOSED", 1);
        Events.statusChanged(NUMBER, "PROPOSED", "UNDER_CONSIDERATION", 2, "Discussed", "https://undocs.org/A/77/19");
        Events.position(NUMBER, "SECRETARIAT", "SET", "ACCEPTED", "IN_PROGRESS", "Training under way",
                List.of(new EvidenceReference("A/77/19", "12", "https://undocs.org/A/77/19", "Report of the C-34"),
                        new EvidenceReference("S/RES/2436 (2018)", null, null, null)), 1, 3);
        Events.position(NUMBER, BODY, "SET", "PARTIALLY_ACCEPTED", "NOT_STARTED", null, List.of(), 0, 4);
        Events.session(EventTypes.SESSION_SCHEDULED, SESSION + "-last", BODY, "Last session " + SESSION, LocalDate.now().minusDays(40));
        Events.outcome(SESSION + "-last", BODY, "NO_SUBSTANTIVE_REPORT", null, "No consensus", 2);
        Events.session(EventTypes.SESSION_SCHEDULED, SESSION, BODY, "Substantive session " + SESSION, LocalDate.now().plusDays(20));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().get("/recommendations/" + NUMBER).then().statusCode(200);
            given().get("/briefings/" + SESSION).then().statusCode(200);
            assertThat(given().get("/recommendations/" + NUMBER).asString()).contains("Partially accepted");
            assertThat(given().get("/briefings/" + SESSION).asString()).contains("No substantive report");
        });
    }

    @AfterAll
    static void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    List<String> pages() {
        return List.of("/", "/recommendations", "/recommendations/" + NUMBER, "/sessions", "/briefings/" + SESSION);
    }

    @Test
    void everyPageOpensInEveryLanguageAndItsLinksLeadSomewhere() {
        Set<String> links = new LinkedHashSet<>();
        for (String lang : LANGUAGES) {
            for (String page : pages()) {
                browser.get(url(page + "?lang=" + lang));
                WebElement html = browser.findElement(By.tagName("html"));
                assertThat(html.getAttribute("lang")).as(page + " " + lang).isEqualTo(lang);
                assertThat(html.getAttribute("dir")).as(page + " " + lang).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
                assertThat(browser.findElement(By.tagName("h1")).getText()).as(page + " " + lang).isNotBlank();
                if (lang.equals("en") || lang.equals("ar")) {
                    screenshot(lang + page.replaceAll("[^a-z0-9]+", "-"));
                    for (WebElement a : browser.findElements(By.cssSelector("a[href^='/']"))) {
                        links.add(a.getAttribute("href"));
                    }
                }
            }
        }
        assertThat(links).hasSizeGreaterThan(20);
        for (String link : links) {
            // every link of the pages answers (the skip link and the sections' anchors are on the same page)
            given().get(link).then().statusCode(200);
        }
    }

    @Test
    void axeFindsNoWcag21AaViolationInEnglishAndArabic() throws IOException {
        String axe = Files.readString(AXE);
        for (String lang : List.of("en", "ar")) {
            for (String page : pages()) {
                browser.get(url(page + "?lang=" + lang));
                ((JavascriptExecutor) browser).executeScript(axe);
                Object violations = ((JavascriptExecutor) browser).executeAsyncScript(AXE_RUN);
                assertThat(String.valueOf(violations)).as(page + " in " + lang).isEqualTo("[]");
            }
        }
    }

    @Test
    void aStatusChangeAppearsOnThePageWithinSeconds() {
        browser.get(url("/recommendations/" + NUMBER + "?lang=fr"));
        assertThat(browser.findElement(By.cssSelector(".headline .status")).getText()).isEqualTo("À l'étude");
        Events.statusChanged(NUMBER, "UNDER_CONSIDERATION", "ACCEPTED", 5, "Accepted at the C-34", null);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElement(By.cssSelector(".headline .status")).getText()).isEqualTo("Acceptée");
        });
    }

    /** For people to look at (the README's picture comes from here): target/screenshots/. */
    private static void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String pathAndQuery) {
        return base.toString().replaceAll("/$", "") + pathAndQuery;
    }
}

package org.a4p.e2e;

import io.restassured.http.ContentType;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard as a person sees it, in Debian's headless chromium (driven through its chromedriver, nothing
 * downloaded), against the running system: a status change made through the recommendations API reaches the
 * recommendation's page within seconds, and with the three services stopped the page still shows that data and
 * its "Data as of" time (the dashboard reads only its own read model). The other ITs of this JVM share the services:
 * the next one to ask for the system starts them again ({@link RunningSystem#get}); this class runs last
 * (junit-platform.properties orders by {@link Order}), so in the usual order none has to. Skipped, saying so, where
 * chromium or chromedriver is missing.
 */
@Order(Integer.MAX_VALUE)
class DashboardAcrossServicesIT {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final RunningSystem system = RunningSystem.get();

    @Test
    void aStatusChangeThroughTheApiShowsOnTheDashboardWhichKeepsItWhileTheServicesAreStopped() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "dashboard browser IT skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
        String secretariat = Tokens.secretariat("e2e-dashboard");
        String text = "Dashboard e2e recommendation " + UUID.randomUUID();
        int number = given().baseUri(system.recommendations.baseUrl()).header("Authorization", secretariat)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "stakeholderAction", "Secretariat", "area", "PARTNERSHIPS", "a4pParagraph", 10,
                        "context", "DashboardAcrossServicesIT"))
                .post("/recommendations").then().statusCode(201).extract().path("number");
        String page = system.dashboard.baseUrl() + "/recommendations/" + number + "?lang=en";

        Path profile = Files.createTempDirectory("a4p-e2e-chromium-");
        WebDriver browser = browser(profile);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                browser.get(page);
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Recommendation " + number);
            });
            assertThat(status(browser)).isEqualTo("Proposed");

            given().baseUri(system.recommendations.baseUrl()).header("Authorization", secretariat).contentType(ContentType.JSON)
                    .body(Map.of("status", "UNDER_CONSIDERATION", "note", "Discussed (dashboard e2e)"))
                    .post("/recommendations/{n}/status", number).then().statusCode(200);
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                browser.navigate().refresh();
                assertThat(status(browser)).isEqualTo("Under consideration");
            });
            String asOf = browser.findElement(By.cssSelector(".as-of")).getText();
            assertThat(asOf).startsWith("Data as of");
            assertThat(browser.findElement(By.cssSelector("table.timeline")).getText()).contains("Discussed (dashboard e2e)");

            system.stopServices();
            // proof that they are down: no replica process is left
            assertThat(system.replicas.values().stream().flatMap(java.util.List::stream).noneMatch(p -> p.isAlive())).isTrue();
            browser.navigate().refresh();
            assertThat(status(browser)).isEqualTo("Under consideration");
            assertThat(browser.findElement(By.cssSelector(".as-of")).getText()).isEqualTo(asOf);
            assertThat(browser.findElement(By.cssSelector("table.timeline")).getText()).contains("Discussed (dashboard e2e)");
            browser.get(system.dashboard.baseUrl() + "/recommendations?area=PARTNERSHIPS&status=UNDER_CONSIDERATION&lang=en");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains(String.valueOf(number));
        } finally {
            browser.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.cssSelector(".headline .status")).getText();
    }

    private static WebDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}

package org.a4p.testing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads /q/metrics (Prometheus text format) as an operator's scraper would. */
public final class Metrics {

    /**
     * One sample line: name, optional label set, value (no timestamp: Micrometer writes none). A label's value is
     * quoted and may hold braces itself (a path template such as uri="/recommendations/{number}").
     */
    private static final Pattern SAMPLE = Pattern.compile(
            "(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*})?\\s+(\\S+)$");

    private Metrics() {
    }

    /** /q/metrics of the application under test (RestAssured's default base URI). */
    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** /q/metrics of the service at {@code baseUrl}. */
    public static String scrape(String baseUrl) {
        return given().baseUri(baseUrl).when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** Whether a series {@code name} with all of {@code labels} (each {@code key="value"}) is there. */
    public static boolean has(String metrics, String name, String... labels) {
        Matcher m = SAMPLE.matcher(metrics);
        while (m.find()) {
            if (matches(m, name, labels)) {
                return true;
            }
        }
        return false;
    }

    /** The sum of the series {@code name} with all of {@code labels} (each {@code key="value"}); 0 if there is none. */
    public static double value(String metrics, String name, String... labels) {
        double sum = 0;
        Matcher m = SAMPLE.matcher(metrics);
        while (m.find()) {
            if (matches(m, name, labels)) {
                sum += Double.parseDouble(m.group(3));
            }
        }
        return sum;
    }

    private static boolean matches(Matcher m, String name, String... labels) {
        String labelSet = m.group(2) == null ? "" : m.group(2);
        return m.group(1).equals(name) && Arrays.stream(labels).allMatch(labelSet::contains);
    }
}

package org.a4p.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The promises every document keeps (a4p-testing), and the dashboard's own: its pages are HTML with their filters' enums (PageOperations). */
@QuarkusTest
class OpenApiContractTest extends org.a4p.testing.ClientContractTest {

    @Test
    void everyPageIsHtmlAndItsLanguageIsOneOfTheSix() {
        JsonNode paths = servedDocument().path("paths");
        for (String path : new String[]{"/", "/recommendations", "/recommendations/{number}", "/sessions", "/briefings/{session}"}) {
            JsonNode get = paths.path(path).path("get");
            assertThat(get.path("responses").path("200").path("content").has("text/html")).as(path).isTrue();
            JsonNode lang = null;
            for (JsonNode p : get.path("parameters")) {
                if (p.path("name").asText().equals("lang")) {
                    lang = p;
                }
            }
            assertThat(lang).as(path).isNotNull();
            assertThat(lang.path("schema").path("enum").toString()).as(path).isEqualTo("[\"ar\",\"zh\",\"en\",\"fr\",\"ru\",\"es\"]");
        }
        // a page at an address of its own answers 404 as a page, or as a problem to a client that asks for JSON
        for (String path : new String[]{"/recommendations/{number}", "/briefings/{session}"}) {
            JsonNode notFound = paths.path(path).path("get").path("responses").path("404").path("content");
            assertThat(notFound.has("text/html") && notFound.has("application/problem+json")).as(path + ": " + notFound).isTrue();
        }
        // the filters' codes are a4p-events' enums
        assertThat(paths.path("/recommendations").path("get").toString())
                .contains("#/components/schemas/AreaCode", "#/components/schemas/RecommendationStatus");
        assertThat(servedDocument().path("components").path("schemas").path("RecommendationStatus").path("enum").toString())
                .contains("IMPLEMENTED");
    }
}

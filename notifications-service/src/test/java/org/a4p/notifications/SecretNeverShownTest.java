package org.a4p.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A subscription's secret appears in the answer to its creation and nowhere else: not in any later answer (to the
 * owner or the secretariat), and not in any log line, even while its deliveries fail and are retried.
 */
@QuarkusTest
class SecretNeverShownTest {

    @Test
    void theSecretIsInTheCreationAnswerOnly() {
        ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringWriter text = new StringWriter().append(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        text.append(' ').append(String.valueOf(p));
                    }
                }
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger ours = Logger.getLogger("org.a4p");
        Level level = ours.getLevel();
        ours.setLevel(Level.FINEST); // debug lines too: they are where a careless secret would show
        root.addHandler(capture);
        try {
            int n = Events.freshNumber();
            Fixtures.recommendation(n, "PARTNERSHIPS", List.of("SECRETARIAT"));
            String owner = "Delegation of Uruguay";
            var created = Fixtures.subscribeToRecommendation(owner, WebhookReceiver.deadUrl(), n);
            String id = created.getString("id");
            String secret = created.getString("secret");
            assertThat(secret).hasSize(64);
            Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Tokens.delegation(owner))
                    .get("/subscriptions/" + id + "/deliveries").then().body("[0].status", equalTo("FAILED")));

            for (String token : List.of(Tokens.delegation(owner), Tokens.secretariat())) {
                for (String path : List.of("/subscriptions/" + id, "/subscriptions/" + id + "/deliveries",
                        "/subscriptions/" + id + "/feed", "/subscriptions")) {
                    assertThat(given().header("Authorization", token).get(path).then().statusCode(200).extract().asString())
                            .as(path).doesNotContain(secret);
                }
            }
            Logger.getLogger("org.a4p.notifications.test").info("capture check");
            assertThat(logged).as("the capture sees log lines").anyMatch(line -> line.contains("capture check"));
            assertThat(logged).as("log lines").noneMatch(line -> line.contains(secret));
        } finally {
            root.removeHandler(capture);
            ours.setLevel(level);
        }
    }
}

package org.a4p.notifications;

import org.a4p.testing.Sql;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.a4p.testing.Metrics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.a4p.notifications.Fixtures.recommendation;
import static org.a4p.notifications.Fixtures.subscribeToRecommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator's view of webhooks: the trace of the change that caused one reaches its receiver (the W3C
 * {@code traceparent} header), with the default sampler that records nothing; and deliveries by outcome and their
 * latency in /q/metrics.
 */
@QuarkusTest
class WebhookTraceAndMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DELIVERED = "outcome=\"delivered\"";
    private static final String FAILED = "outcome=\"failed\"";

    @Test
    void theWebhookContinuesTheTraceOfTheEventThatCausedIt() throws Exception {
        int n = Events.freshNumber();
        recommendation(n, "PROTECTION", List.of("MEMBER_STATES"));
        String traceId = hex(16);
        String eventSpan = hex(8);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribeToRecommendation("Mission T", receiver.url(), n);
            Events.Sent change = Events.statusChanged(n, "PROPOSED", "UNDER_CONSIDERATION", 2);
            ObjectNode traced = (ObjectNode) Events.MAPPER.readTree(change.json());
            traced.put("traceparent", "00-" + traceId + "-" + eventSpan + "-01");
            new Events.Sent(change.id(), change.topic(), change.key(), Events.MAPPER.writeValueAsString(traced)).send();

            // at least one, then exactly one: a second send of the event fails here by name, not as a timeout
            await().atMost(WAIT).until(() -> !receiver.received(change.id()).isEmpty());
            assertThat(receiver.received(change.id())).as("webhooks for event " + change.id()).hasSize(1);
            String header = receiver.received(change.id()).get(0).header("traceparent");
            assertThat(header).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
            // the sending attempt is a span of its own in that trace, not the event's
            assertThat(header.split("-")[2]).isNotEqualTo(eventSpan).isNotEqualTo("0000000000000000");
            assertThat((String) Sql.column("notifications", "SELECT traceparent FROM notification WHERE id = ?", change.id()).get(0))
                    .startsWith("00-" + traceId + "-");
        }
    }

    @Test
    void deliveriesByOutcomeAndTheirLatencyAreInTheMetrics() {
        double delivered = Metrics.value(Metrics.scrape(), "a4p_webhook_deliveries_total", DELIVERED);
        double failed = Metrics.value(Metrics.scrape(), "a4p_webhook_deliveries_total", FAILED);
        double attempts = Metrics.value(Metrics.scrape(), "a4p_webhook_delivery_seconds_count");
        int ok = Events.freshNumber();
        int refused = Events.freshNumber();
        recommendation(ok, "PROTECTION", List.of("MEMBER_STATES"));
        recommendation(refused, "PROTECTION", List.of("MEMBER_STATES"));
        try (WebhookReceiver receiver = WebhookReceiver.start(); WebhookReceiver refusing = WebhookReceiver.start().answer(400)) {
            subscribeToRecommendation("Mission M", receiver.url(), ok);
            subscribeToRecommendation("Mission M", refusing.url(), refused);
            Events.statusChanged(ok, "PROPOSED", "UNDER_CONSIDERATION", 2).send();
            Events.statusChanged(refused, "PROPOSED", "UNDER_CONSIDERATION", 2).send();

            await().atMost(WAIT).untilAsserted(() -> {
                String metrics = Metrics.scrape();
                assertThat(Metrics.value(metrics, "a4p_webhook_deliveries_total", DELIVERED)).isGreaterThan(delivered);
                // 400 is not retried: the delivery ends FAILED at once
                assertThat(Metrics.value(metrics, "a4p_webhook_deliveries_total", FAILED)).isGreaterThan(failed);
                assertThat(Metrics.value(metrics, "a4p_webhook_delivery_seconds_count")).isGreaterThanOrEqualTo(attempts + 2);
                assertThat(Metrics.value(metrics, "a4p_webhook_delivery_seconds_sum")).isPositive();
            });
        }
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }
}

package org.a4p.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading /q/metrics' text: a label value may hold braces (a path template), and only whole series count. */
class MetricsTest {

    private static final String SCRAPE = """
            # TYPE http_server_requests_seconds summary
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/recommendations/{number}"} 6.0
            http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/areas"} 2.0
            http_server_requests_seconds_count{method="POST",outcome="SUCCESS",status="201",uri="/recommendations"} 1.0
            a4p_outbox_published_total 3.0
            """;

    @Test
    void aLabelValueMayHoldBraces() {
        assertThat(Metrics.value(SCRAPE, "http_server_requests_seconds_count", "uri=\"/recommendations/{number}\"")).isEqualTo(6.0);
        assertThat(Metrics.has(SCRAPE, "http_server_requests_seconds_count", "uri=\"/recommendations/{number}\"")).isTrue();
    }

    @Test
    void seriesAreSummedByTheirLabelsAndName() {
        assertThat(Metrics.value(SCRAPE, "http_server_requests_seconds_count", "method=\"GET\"")).isEqualTo(8.0);
        assertThat(Metrics.value(SCRAPE, "a4p_outbox_published_total")).isEqualTo(3.0);
        assertThat(Metrics.value(SCRAPE, "http_server_requests_seconds_count", "uri=\"/nothing\"")).isZero();
        assertThat(Metrics.has(SCRAPE, "http_server_requests_seconds")).isFalse();
    }
}

package org.a4p.platform.http;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Links come from the configured base URL, else from this service's own port, once that port is known. */
class PublicLinksTest {

    @Test
    void aConfiguredBaseUrlIsUsedAsWritten() {
        PublicLinks links = new PublicLinks(Optional.of(" https://a4p.example.org/recommendations/ "), () -> 0);
        assertThat(links.to("/recommendations/7")).hasToString("https://a4p.example.org/recommendations/recommendations/7");
        assertThat(links.to("sessions/c34")).hasToString("https://a4p.example.org/recommendations/sessions/c34");
    }

    @Test
    void aPortNotYetChosenIsNotKeptForLaterLinks() {
        AtomicInteger port = new AtomicInteger(0); // a test's random port before the server has bound it
        PublicLinks links = new PublicLinks(Optional.empty(), port::get);
        assertThat(links.to("/subscriptions/1")).hasToString("http://localhost:0/subscriptions/1");
        port.set(41234);
        assertThat(links.to("/subscriptions/1")).hasToString("http://localhost:41234/subscriptions/1");
        port.set(8083); // once known, the port is kept: it cannot change while the service runs
        assertThat(links.to("/subscriptions/2")).hasToString("http://localhost:41234/subscriptions/2");
    }

    @Test
    void aBaseUrlThatIsNotAbsoluteHttpIsRefused() {
        assertThatThrownBy(() -> new PublicLinks(Optional.of("ftp://a4p.example.org"), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicLinks(Optional.of("/recommendations"), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

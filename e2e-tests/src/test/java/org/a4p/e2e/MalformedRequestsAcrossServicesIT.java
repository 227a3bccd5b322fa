package org.a4p.e2e;

import org.a4p.infra.ServiceProcess;
import org.a4p.testing.RawHttp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged applications, started as a deployment starts them (their main, {@code org.a4p.platform.A4pMain}), answer
 * a request target that is no URI with a problem: the tests of each service set the same switch in the build instead,
 * so only here would a main that lost it show.
 */
class MalformedRequestsAcrossServicesIT {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void everyApplicationAnswersATargetThatIsNoUriWithAProblem() throws IOException {
        for (ServiceProcess app : List.of(system.recommendations, system.stakeholders, system.notifications, system.dashboard)) {
            for (String target : List.of("/recommendations/%zz", "/sessions?body=%", "/x/<script>")) {
                URI at = URI.create(app.baseUrl());
                String answer = RawHttp.exchange(at.getHost(), at.getPort(),
                        "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                assertThat(answer).as(app.name() + " " + target).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("content-type: application/problem+json")
                        .contains("\"field\":\"(request target)\"");
            }
        }
    }
}

package org.a4p.e2e;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The generated clients of the running system's services, each with an optional bearer token, as an integrator sets them up. */
final class GeneratedClients {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private final RunningSystem system;

    GeneratedClients(RunningSystem system) {
        this.system = system;
    }

    org.a4p.clients.recommendations.ApiClient recommendations(String authorization) {
        var client = new org.a4p.clients.recommendations.ApiClient();
        client.updateBaseUri(system.recommendations.baseUrl());
        return client.setReadTimeout(READ_TIMEOUT).setRequestInterceptor(bearer(authorization));
    }

    org.a4p.clients.stakeholders.ApiClient stakeholders(String authorization) {
        var client = new org.a4p.clients.stakeholders.ApiClient();
        client.updateBaseUri(system.stakeholders.baseUrl());
        return client.setReadTimeout(READ_TIMEOUT).setRequestInterceptor(bearer(authorization));
    }

    org.a4p.clients.notifications.ApiClient notifications(String authorization) {
        var client = new org.a4p.clients.notifications.ApiClient();
        client.updateBaseUri(system.notifications.baseUrl());
        return client.setReadTimeout(READ_TIMEOUT).setRequestInterceptor(bearer(authorization));
    }

    /** The first value of a response header, whatever its case. */
    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    /** The bearer token as a generated native client sends one: through its request interceptor. */
    private static Consumer<HttpRequest.Builder> bearer(String authorization) {
        return builder -> {
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
        };
    }
}

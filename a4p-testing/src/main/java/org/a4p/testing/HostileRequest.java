package org.a4p.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request of the hostile-input battery (issue 6) and the check every one of them must pass: exactly the
 * expected 4xx, as application/problem+json, without internals in the body, a Bearer challenge on 401, and the
 * service's database and outbox exactly as before.
 *
 * @param token the whole Authorization header value, or a supplier of null for none
 */
public record HostileRequest(String name, String method, String path, Supplier<String> token, String contentType,
                             String body, Map<String, String> headers, int status) {

    public static final String JSON = "application/json";
    /** As {@code status}: any 4xx, as a problem. */
    public static final int ANY_CLIENT_ERROR = -4;
    /** As {@code status}: anything but a 5xx; an error answer must still be a problem. */
    public static final int NO_SERVER_ERROR = -5;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper PROBLEM = new ObjectMapper();

    public static HostileRequest of(String name, String method, String path, Supplier<String> token, String body, int status) {
        return new HostileRequest(name, method, path, token, body == null ? null : JSON, body, Map.of(), status);
    }

    /** The write without a valid token, in every way a token can be missing or bad: each a 401. */
    public static List<HostileRequest> unauthenticated(String what, String method, String path, String body) {
        Map<String, Supplier<String>> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no token", () -> null);
        tokens.put("forged token", Tokens::forged);
        tokens.put("expired token", Tokens::expired);
        tokens.put("token of another issuer", Tokens::wrongIssuer);
        tokens.put("unsigned alg=none token", Tokens::unsigned);
        tokens.put("garbage bearer", () -> "Bearer abc.def.ghi");
        tokens.put("basic credentials", () -> "Basic c2VjcmV0YXJpYXQ6c2VjcmV0");
        return tokens.entrySet().stream()
                .map(t -> of(what + " with " + t.getKey(), method, path, t.getValue(), body, 401)).toList();
    }

    /** A secretariat-only write with a valid token of another role: each a 403. */
    public static List<HostileRequest> notSecretariat(String what, String method, String path, String body) {
        return List.of(
                of(what + " with a delegation token", method, path, () -> Tokens.delegation("Delegation of Sweden"), body, 403),
                of(what + " with a token without role", method, path, Tokens::noRole, body, 403));
    }

    public HostileRequest withHeader(String header, String value) {
        return new HostileRequest(name, method, path, token, contentType, body, Map.of(header, value), status);
    }

    public HostileRequest withContentType(String type) {
        return new HostileRequest(name, method, path, token, type, body, headers, status);
    }

    /**
     * Sends the request and asserts that it was refused as expected and that {@code tables} and the outbox did not
     * change (outbox events of the {@code background} types are not compared).
     */
    public void assertRefused(String database, List<String> tables, List<String> background) {
        DatabaseSnapshot before = DatabaseSnapshot.of(database, tables, background);
        HttpResponse<String> response = send();
        String answer = response.body();
        int actual = response.statusCode();
        switch (status) {
            case ANY_CLIENT_ERROR -> assertThat(actual).as(name + ": " + answer).isBetween(400, 499);
            case NO_SERVER_ERROR -> assertThat(actual).as(name + ": " + answer).isLessThan(500);
            default -> assertThat(actual).as(name + ": " + answer).isEqualTo(status);
        }
        if (actual >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(name).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(problemStatus(answer)).as(name + ": " + answer).isEqualTo(actual);
            assertThat(SafeProblem.leaks(answer)).as(name + ": " + answer).isEmpty();
        }
        if (actual == 401) {
            assertThat(response.headers().allValues("WWW-Authenticate")).as(name).containsExactly("Bearer");
        }
        assertThat(DatabaseSnapshot.of(database, tables, background)).as(name).isEqualTo(before);
    }

    /**
     * The JDK's client rather than REST Assured: a battery of a thousand requests spent most of its time in REST
     * Assured's Groovy layer and in its buffered request log (the 100 KB bodies pretty-printed for every case),
     * not in the service. The path is sent as written (its hostile values are percent-encoded already).
     */
    private HttpResponse<String> send() {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        String authorization = token.get();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        Map<String, String> sent = new java.util.LinkedHashMap<>(headers);
        if (!sent.containsKey("Accept") && name.hashCode() % 2 == 0) {
            sent.put("Accept", "application/problem+json"); // issue 11: never a 406 because of it
        }
        sent.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name, e);
        }
    }

    /** The problem's own status member (a number), or null when the body is not a JSON object carrying one. */
    private static Integer problemStatus(String answer) {
        try {
            JsonNode status = PROBLEM.readTree(answer).path("status");
            return status.isInt() ? status.intValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.a4p.notifications.service;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/**
 * Posts a webhook to exactly the address {@link TargetPolicy} checked: the connection goes to that socket
 * address, while the Host header, TLS SNI and certificate host name check use the target's own host name. Asking
 * the name service again here would reopen the DNS-rebinding window the check closed. No proxy (Vert.x uses one
 * only when told to), no redirects followed.
 */
public final class WebhookClient implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;

    public WebhookClient(Vertx vertx, Duration connectTimeout) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setVerifyHost(true)
                .setKeepAlive(false) // one request per connection: a pooled connection would outlive the check
                // the sender's own span names the trace (traceparent): Vert.x's tracing would replace that header
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    /** @return the response status; fails with HttpTimeoutException when the whole exchange takes longer than timeout. */
    public CompletionStage<Integer> post(TargetPolicy.Checked target, Map<String, String> headers, byte[] body, Duration timeout) {
        URI uri = target.uri();
        String host = uri.getHost();
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(host)
                .setPort(target.port())
                .setSsl("https".equalsIgnoreCase(uri.getScheme()))
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        CompletableFuture<Integer> result = new CompletableFuture<>();
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                result.completeExceptionally(translate(opened.cause()));
                return;
            }
            var request = opened.result();
            long timer = vertx.setTimer(Math.max(1, timeout.toMillis()),
                    id -> request.reset(0, new HttpTimeoutException("request timed out")));
            request.send(Buffer.buffer(body)).onComplete(sent -> {
                vertx.cancelTimer(timer);
                if (sent.failed()) {
                    result.completeExceptionally(translate(sent.cause()));
                } else {
                    result.complete(sent.result().statusCode());
                }
            });
        });
        return result;
    }

    /** Vert.x reports an idle timeout as its own exception; the sender tells timeouts by HttpTimeoutException. */
    private static Throwable translate(Throwable error) {
        if (error instanceof TimeoutException || error instanceof io.netty.channel.ConnectTimeoutException) {
            return new HttpTimeoutException(error.getMessage() == null ? "timed out" : error.getMessage());
        }
        return error;
    }

    @Override
    public void close() {
        client.close();
    }
}

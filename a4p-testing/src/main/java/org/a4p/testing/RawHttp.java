package org.a4p.testing;

import io.restassured.RestAssured;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes no HTTP client would send (control characters in headers, request targets that are no URI). */
public final class RawHttp {

    private RawHttp() {
    }

    /** The whole answer of the application under test (RestAssured's port) to {@code request}. */
    public static String exchange(String request) throws IOException {
        return exchange("localhost", RestAssured.port, request);
    }

    /** The whole answer to {@code request} (ISO-8859-1 text, sent as is), the connection closed by the server. */
    public static String exchange(String host, int port, String request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}

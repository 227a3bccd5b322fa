package org.a4p.platform.http;

import jakarta.ws.rs.core.Response;

/**
 * A file as an answer (CSV export, iCalendar feed): the body, its exact content type and a Content-Disposition
 * naming the file, so a browser saves it under a useful name and a calendar client shows it as a feed.
 */
public final class Downloads {

    public static final String CONTENT_DISPOSITION = "Content-Disposition";

    private Downloads() {
    }

    /** To be saved as {@code filename} (a browser does not try to show it). */
    public static Response attachment(Object body, String contentType, String filename) {
        return file("attachment", body, contentType, filename);
    }

    /** To be shown or subscribed to where it is opened; {@code filename} is used if it is saved. */
    public static Response inline(Object body, String contentType, String filename) {
        return file("inline", body, contentType, filename);
    }

    // The content type is set as given (charset included), not negotiated from @Produces, which names no charset.
    private static Response file(String disposition, Object body, String contentType, String filename) {
        return Response.ok(body).type(contentType)
                .header(CONTENT_DISPOSITION, disposition + "; filename=\"" + filename + "\"")
                .build();
    }
}

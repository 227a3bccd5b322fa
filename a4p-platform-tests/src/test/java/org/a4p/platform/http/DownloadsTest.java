package org.a4p.platform.http;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    @Test
    void anAttachmentIsSavedUnderItsNameWithTheContentTypeAsGiven() {
        try (Response r = Downloads.attachment("a,b\r\n", "text/csv; charset=UTF-8", "a4p-recommendations.csv")) {
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getEntity()).isEqualTo("a,b\r\n");
            assertThat(r.getHeaders().get("Content-Type")).containsExactly("text/csv; charset=UTF-8");
            assertThat(r.getHeaders().get("Content-Disposition")).containsExactly("attachment; filename=\"a4p-recommendations.csv\"");
        }
    }

    @Test
    void anInlineFileIsShownWhereItIsOpened() {
        try (Response r = Downloads.inline("BEGIN:VCALENDAR", "text/calendar; charset=utf-8", "a4p-sessions-C34.ics")) {
            assertThat(r.getHeaders().get("Content-Type")).containsExactly("text/calendar; charset=utf-8");
            assertThat(r.getHeaders().get("Content-Disposition")).containsExactly("inline; filename=\"a4p-sessions-C34.ics\"");
        }
    }
}

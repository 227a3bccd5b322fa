package org.a4p.stakeholders;

import org.a4p.stakeholders.mapping.ICalendarWriter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Edge cases of escaping and folding, on the writer alone (CalendarTest checks the served feed with a parser). */
class ICalendarWriterTest {

    private static String write(String summary) {
        return ICalendarWriter.write("Test", new ICalendarWriter.Organizer("A4P \"Tracker\"", "ops@example.org"), Instant.parse("2026-01-15T08:30:05Z"), Duration.ofHours(12), List.of(
                new ICalendarWriter.Event("x@a4p-tracker", LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31),
                        summary, null, "d", false, List.of("C34", "MEMBER_STATES"))));
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void textIsEscaped() {
        String ics = write("a\\b;c,d\ne\r\nf\rg\u0007h\ti");
        assertThat(unfolded(ics)).contains("SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti\r\n");
        assertThat(ics).contains("CATEGORIES:C34,MEMBER_STATES\r\n");
    }

    @Test
    void allDayEventEndsTheDayAfterItsLastDayAcrossAYear() {
        String ics = write("New Year");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20251231\r\n", "DTEND;VALUE=DATE:20260101\r\n",
                "DTSTAMP:20260115T083005Z\r\n", "STATUS:CONFIRMED\r\n",
                "ORGANIZER;CN=\"A4P Tracker\":mailto:ops@example.org\r\n").doesNotContain("LOCATION");
    }

    @Test
    void foldingNeverSplitsACharacterAtAnyOffset() {
        // shift a 4-octet character across every position around the 75-octet boundary
        for (int pad = 0; pad < 8; pad++) {
            String summary = "x".repeat(60 + pad) + "🇺🇳é日" + "y".repeat(100);
            String ics = write(summary);
            for (String line : ics.split("\r\n")) {
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertThat(octets.length).isLessThanOrEqualTo(75);
                assertThat(new String(octets, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
            }
            assertThat(unfolded(ics)).contains("SUMMARY:" + summary + "\r\n");
        }
    }
}

package org.a4p.stakeholders.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an RFC 5545 calendar of all-day events. Small on purpose: calendar clients are strict about
 * exactly the things done here (CRLF, escaping, folding at 75 octets without splitting a UTF-8
 * character, exclusive DTEND for all-day events), and nothing else is needed.
 */
public final class ICalendarWriter {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final String PRODID = "-//A4P Tracker//Stakeholders Service//EN";
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * One all-day event.
     *
     * @param lastDay the last day of the event, inclusive (written as the exclusive DTEND of the next day)
     * @param location optional
     */
    public record Event(String uid, LocalDate firstDay, LocalDate lastDay, String summary, String location,
                        String description, boolean tentative, List<String> categories) {
    }

    private final StringBuilder out = new StringBuilder();

    private ICalendarWriter() {
    }

    /** Who publishes the calendar: RFC 5546 requires an ORGANIZER on every VEVENT of a PUBLISH calendar. */
    public record Organizer(String name, String email) {
    }

    /**
     * @param stamp   DTSTAMP of every event: when this calendar was generated
     * @param refresh how often subscribed clients should fetch the feed again
     */
    public static String write(String name, Organizer organizer, Instant stamp, Duration refresh, List<Event> events) {
        ICalendarWriter w = new ICalendarWriter();
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line("PRODID:" + PRODID);
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.line("X-WR-CALNAME:" + text(name));
        // RFC 7986 and its older Outlook/Google equivalent: how often a subscription is refreshed
        w.line("REFRESH-INTERVAL;VALUE=DURATION:" + refresh);
        w.line("X-PUBLISHED-TTL:" + refresh);
        String dtstamp = UTC_STAMP.format(stamp);
        // a parameter value cannot contain DQUOTE or control characters; quoted, it may contain ':' ';' ','
        String organizerLine = "ORGANIZER;CN=\"" + organizer.name().replaceAll("[\"\\p{Cntrl}]", "") + "\":mailto:"
                + organizer.email();
        for (Event e : events) {
            w.line("BEGIN:VEVENT");
            w.line("UID:" + text(e.uid()));
            w.line("DTSTAMP:" + dtstamp);
            w.line(organizerLine);
            w.line("DTSTART;VALUE=DATE:" + DATE.format(e.firstDay()));
            w.line("DTEND;VALUE=DATE:" + DATE.format(e.lastDay().plusDays(1)));
            w.line("SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                w.line("LOCATION:" + text(e.location()));
            }
            w.line("DESCRIPTION:" + text(e.description()));
            w.line("STATUS:" + (e.tentative() ? "TENTATIVE" : "CONFIRMED"));
            w.line("CATEGORIES:" + e.categories().stream().map(ICalendarWriter::text).collect(Collectors.joining(",")));
            // a multi-week session should not show delegates as busy for all of it
            w.line("TRANSP:TRANSPARENT");
            w.line("END:VEVENT");
        }
        w.line("END:VCALENDAR");
        return w.out.toString();
    }

    /** RFC 5545 3.3.11 TEXT: escape backslash, semicolon, comma and line breaks; drop other control characters. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * RFC 5545 3.1: a content line longer than 75 octets continues on lines starting with one space
     * (which counts towards the 75). Breaks fall between code points, never inside a UTF-8 sequence.
     */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int width = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}

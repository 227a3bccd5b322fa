package org.a4p.dashboard.api;

/** One session in the calendar or at the head of its briefing; {@code outcome} null until one is recorded. */
public record SessionRow(String id, String title, Link body, String dates, String location, boolean tentative,
                         String briefingHref, Outcome outcome) {
}

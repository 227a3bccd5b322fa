package org.a4p.dashboard.model;

import java.time.OffsetDateTime;

/** One status transition of a recommendation: a line of its timeline. */
public record StatusChange(int number, String from, String to, OffsetDateTime at, String by, String note,
                           String evidenceUrl) {
}

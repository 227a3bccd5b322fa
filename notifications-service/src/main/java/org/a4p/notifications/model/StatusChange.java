package org.a4p.notifications.model;

import java.time.OffsetDateTime;

/** One status transition of a recommendation, kept for "what changed since the previous session". */
public record StatusChange(int number, String from, String to, OffsetDateTime at, String by, String note,
                           String evidenceUrl) {
}

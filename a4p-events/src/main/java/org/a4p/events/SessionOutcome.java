package org.a4p.events;

/**
 * How a session ended, as the secretariat records it ({@code PUT /sessions/{id}/outcome}). The C-34 adopted no
 * substantive report in 2019, 2022 and 2025: a briefing for the next session must say so, not imply progress.
 */
public enum SessionOutcome {
    REPORT_ADOPTED, NO_SUBSTANTIVE_REPORT, SUSPENDED, POSTPONED
}

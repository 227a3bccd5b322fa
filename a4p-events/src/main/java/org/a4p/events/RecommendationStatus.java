package org.a4p.events;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status lifecycle of the design (contract codes: the API, the events and the database all use these names).
 * The allowed transitions live here and nowhere else: PROPOSED → UNDER_CONSIDERATION → ACCEPTED → IN_PROGRESS →
 * IMPLEMENTED; NOT_ACCEPTED from PROPOSED or UNDER_CONSIDERATION; STALLED from ACCEPTED or IN_PROGRESS and back to
 * IN_PROGRESS; SUPERSEDED from any non-terminal status. IMPLEMENTED, NOT_ACCEPTED and SUPERSEDED are terminal.
 */
public enum RecommendationStatus {
    PROPOSED, UNDER_CONSIDERATION, ACCEPTED, IN_PROGRESS, IMPLEMENTED, NOT_ACCEPTED, STALLED, SUPERSEDED;

    /** The statuses this one may change to, in declaration order (empty for a terminal status). */
    public Set<RecommendationStatus> allowedNext() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(UNDER_CONSIDERATION, NOT_ACCEPTED, SUPERSEDED);
            case UNDER_CONSIDERATION -> EnumSet.of(ACCEPTED, NOT_ACCEPTED, SUPERSEDED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, STALLED, SUPERSEDED);
            case IN_PROGRESS -> EnumSet.of(IMPLEMENTED, STALLED, SUPERSEDED);
            case STALLED -> EnumSet.of(IN_PROGRESS, SUPERSEDED);
            case IMPLEMENTED, NOT_ACCEPTED, SUPERSEDED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }

    public boolean canChangeTo(RecommendationStatus next) {
        return allowedNext().contains(next);
    }

    public boolean isTerminal() {
        return allowedNext().isEmpty();
    }
}

package org.a4p.events;

/**
 * One addressee's answer to a recommendation (the JIU model: each recipient accepts for itself).
 * {@code NOT_RELEVANT} and {@code PENDING} are not decisions: the acceptance rate leaves them out.
 */
public enum PositionAcceptance {
    PENDING, ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED, NOT_RELEVANT;

    /** Only an accepted (or partly accepted) recommendation can be under way or done. */
    public boolean allowsImplementation() {
        return this == ACCEPTED || this == PARTIALLY_ACCEPTED;
    }
}

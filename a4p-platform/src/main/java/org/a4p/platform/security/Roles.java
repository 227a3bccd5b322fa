package org.a4p.platform.security;

/**
 * The roles a bearer token can carry (its {@code groups} claim) and the claim naming the delegation a
 * {@link #DELEGATION} token acts for. Reads of recommendations, stakeholders, sessions and the calendar need none.
 */
public final class Roles {

    /** The UN Secretariat's editors: recommendations, their status, stakeholders and sessions. */
    public static final String SECRETARIAT = "secretariat";
    /** A member-state delegation: its own subscriptions, their deliveries and feed. */
    public static final String DELEGATION = "delegation";
    /** The claim holding the delegation's name, for example {@code "Delegation of Sweden"}. */
    public static final String DELEGATION_CLAIM = "delegation";

    private Roles() {
    }
}

package org.a4p.events;

/**
 * The 8 Areas of Commitment of the A4P declaration, in the report's order (their display order). The names shown
 * to people live with the seed data of recommendations-service; these codes are what APIs, events and filters use.
 */
public enum AreaCode {
    PEACEBUILDING_AND_SUSTAINING_PEACE,
    WOMEN_PEACE_AND_SECURITY,
    POLITICS,
    PERFORMANCE_AND_ACCOUNTABILITY,
    PROTECTION,
    PARTNERSHIPS,
    SAFETY_AND_SECURITY,
    CONDUCT;

    /** The area with this code, or null if the code is not one of the eight. */
    public static AreaCode fromCode(String code) {
        for (AreaCode a : values()) {
            if (a.name().equals(code)) {
                return a;
            }
        }
        return null;
    }
}

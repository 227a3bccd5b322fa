package org.a4p.events;

/**
 * The five stakeholder categories of the report's 'Stakeholder Action' column, in the report's order of mention.
 * Recommendations name them; stakeholders-service holds them (and the bodies that act through them).
 */
public enum StakeholderCategory {
    MEMBER_STATES, SECURITY_COUNCIL, SECRETARIAT, FIELD_MISSIONS, THINK_TANKS;

    /** The category with this code, or null if the code is not one of the five. */
    public static StakeholderCategory fromCode(String code) {
        for (StakeholderCategory c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}

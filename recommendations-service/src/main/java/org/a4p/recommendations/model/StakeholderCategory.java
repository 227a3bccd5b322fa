package org.a4p.recommendations.model;

/** The five stakeholder categories of the report's 'Stakeholder Action' column, in the report's order of mention. */
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

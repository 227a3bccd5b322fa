package org.a4p.events;

/**
 * A4P+ (2021): the seven priorities and the two cross-cutting themes through which the Secretariat took Action for
 * Peacekeeping forward from 2021, in their published order (priorities first, then the themes). A recommendation's
 * {@code priorities} hold these codes; the secretariat sets them (no official mapping of the 2018 recommendations to
 * A4P+ exists, so none is seeded). The names are the ones shown to people; the codes are what APIs, events and
 * filters use, and never change.
 */
public enum A4pPlusPriority {
    COLLECTIVE_COHERENCE_BEHIND_A_POLITICAL_STRATEGY(A4pPlusPriorityKind.PRIORITY, "Collective coherence behind a political strategy"),
    STRATEGIC_AND_OPERATIONAL_INTEGRATION(A4pPlusPriorityKind.PRIORITY, "Strategic and operational integration"),
    CAPABILITIES_AND_MINDSETS(A4pPlusPriorityKind.PRIORITY, "Capabilities and mindsets"),
    ACCOUNTABILITY_TO_PEACEKEEPERS(A4pPlusPriorityKind.PRIORITY, "Accountability to peacekeepers"),
    ACCOUNTABILITY_OF_PEACEKEEPERS(A4pPlusPriorityKind.PRIORITY, "Accountability of peacekeepers"),
    STRATEGIC_COMMUNICATIONS(A4pPlusPriorityKind.PRIORITY, "Strategic communications"),
    COOPERATION_WITH_HOST_COUNTRIES(A4pPlusPriorityKind.PRIORITY, "Cooperation with host countries"),
    WOMEN_PEACE_AND_SECURITY(A4pPlusPriorityKind.CROSS_CUTTING, "Women, peace and security"),
    DATA_DRIVEN_AND_TECHNOLOGY_ENABLED_PEACEKEEPING(A4pPlusPriorityKind.CROSS_CUTTING, "Data-driven and technology-enabled peacekeeping");

    private final A4pPlusPriorityKind kind;
    private final String displayName;

    A4pPlusPriority(A4pPlusPriorityKind kind, String displayName) {
        this.kind = kind;
        this.displayName = displayName;
    }

    public A4pPlusPriorityKind kind() {
        return kind;
    }

    /** The name as A4P+ gives it. */
    public String displayName() {
        return displayName;
    }

    /** The priority or theme with this code, or null if the code is not one of the nine. */
    public static A4pPlusPriority fromCode(String code) {
        for (A4pPlusPriority p : values()) {
            if (p.name().equals(code)) {
                return p;
            }
        }
        return null;
    }
}

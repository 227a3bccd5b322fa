package org.a4p.stakeholders.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of meeting a session is; {@link #label()} is how calendars show it. */
@Schema(description = "What sort of meeting a session is")
public enum SessionKind {
    C34_SUBSTANTIVE("C-34 substantive session"),
    FIFTH_COMMITTEE_RESUMED("Fifth Committee resumed session"),
    DEFENCE_MINISTERIAL("Peacekeeping Defence Ministerial"),
    SECURITY_COUNCIL_MEETING("Security Council meeting"),
    GENERAL_ASSEMBLY_MEETING("General Assembly meeting"),
    OTHER("Other meeting");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

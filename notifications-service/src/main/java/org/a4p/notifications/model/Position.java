package org.a4p.notifications.model;

import java.time.OffsetDateTime;

/** One addressee's position on a recommendation, as the last position-changed event we applied said. */
public record Position(int number, String stakeholder, String acceptance, String implementation, String note,
                       OffsetDateTime changedAt, boolean removed) {

    /** The position every addressee a recommendation names starts with (seeded, no event): pending, not started. */
    public static Position initial(int number, String stakeholder) {
        return new Position(number, stakeholder, "PENDING", "NOT_STARTED", null, null, false);
    }
}

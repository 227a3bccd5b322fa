package org.a4p.events;

import java.time.LocalDate;

/**
 * The data of {@code org.a4p.session.scheduled.v1}, {@code org.a4p.session.changed.v1} and
 * {@code org.a4p.session.cancelled.v1}: the session as it is (for a cancellation, as it was).
 */
public record SessionEvent(
        String id,
        String body,
        String title,
        String kind,
        LocalDate startsOn,
        LocalDate endsOn,
        String location,
        boolean tentative) {
}

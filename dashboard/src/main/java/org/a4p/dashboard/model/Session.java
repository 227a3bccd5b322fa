package org.a4p.dashboard.model;

import java.time.LocalDate;

/** A session of a body as the read model holds it. */
public record Session(String id, String body, String title, String kind, LocalDate startsOn, LocalDate endsOn,
                      String location, boolean tentative) {
}

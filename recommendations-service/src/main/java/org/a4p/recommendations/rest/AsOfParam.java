package org.a4p.recommendations.rest;

import org.a4p.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** {@code ?asOf=}: a date (the end of that day, UTC) or an instant with its offset; a 400 problem for anything else. */
final class AsOfParam {

    static final String DESCRIPTION = "Answer as recorded at this moment: a date (the end of that day, UTC), e.g. 2023-02-20, "
            + "or an instant with its offset, e.g. 2023-02-20T15:00:00Z. The status, the positions and the A4P+ priorities come "
            + "from the recorded history; a moment not yet past answers the present.";

    private AsOfParam() {
    }

    static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atTime(LocalTime.MAX).atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            }
            return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ProblemException.badRequest("asOf", "must be a date such as 2023-02-20 or an instant such as 2023-02-20T15:00:00Z");
        }
    }
}

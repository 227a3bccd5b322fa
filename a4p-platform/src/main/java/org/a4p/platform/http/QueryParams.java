package org.a4p.platform.http;

import org.a4p.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters are read as strings and converted here: JAX-RS answers a failed conversion of a query
 * parameter with 404, but a bad filter value is the client's mistake, a 400 problem naming the parameter.
 * A null value means the parameter is absent; {@link #absentIfBlank} lets a resource treat {@code ?x=} the same.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        Integer parsed = null;
        try {
            parsed = Integer.valueOf(value.strip());
        } catch (NumberFormatException ignored) {
            // refused below
        }
        if (parsed == null || parsed < min || parsed > max) {
            throw ProblemException.badRequest(name, "must be an integer from " + min + " to " + max);
        }
        return parsed;
    }

    public static Integer optionalInteger(String name, String value, int min, int max) {
        return value == null ? null : integer(name, value, 0, min, max);
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate optionalDate(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO date such as 2025-02-18");
        }
    }

    /** A text filter, stripped; blank means no filter. */
    public static String optionalText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.badRequest(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** Null for a blank value, so that {@code ?x=} reads as an absent parameter. */
    public static String absentIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

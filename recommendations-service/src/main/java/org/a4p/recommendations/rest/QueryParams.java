package org.a4p.recommendations.rest;

import org.a4p.platform.problem.ProblemException;

import java.util.Arrays;

/**
 * Query parameters are read as strings and converted here: JAX-RS would answer a failed conversion of
 * a query parameter with 404, and a client deserves a 400 that names the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
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

    static Integer optionalInteger(String name, String value, int min, int max) {
        return value == null ? null : integer(name, value, 0, min, max);
    }

    static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A text filter; blank means no filter. */
    static String optionalText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.badRequest(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }
}

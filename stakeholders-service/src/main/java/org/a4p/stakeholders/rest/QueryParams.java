package org.a4p.stakeholders.rest;

import org.a4p.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters are read as strings and converted here: JAX-RS answers a failed conversion of a
 * query parameter with 404, but a bad filter value is the client's mistake, a 400 naming the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO date such as 2025-02-18");
        }
    }

    static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

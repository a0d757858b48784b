package org.quartiersnetz.common.view;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.quartiersnetz.common.control.InvalidInputException;

/**
 * Reads optional query parameters. JAX-RS answers 404 when it cannot convert a query parameter;
 * a wrong filter value is the caller's mistake, so it is a 400 that names the parameter.
 */
public final class QueryParams {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    static final String INVALID_VALUE = "common.query.invalidValue";

    private QueryParams() {}

    public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.onField(name, INVALID_VALUE, value);
        }
    }

    public static Boolean booleanOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        } else if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        throw InvalidInputException.onField(name, INVALID_VALUE, value);
    }

    public static int intOf(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.onField(name, INVALID_VALUE, value);
        }
    }

    /** An id; absent: null. */
    public static Long longOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.onField(name, INVALID_VALUE, value);
        }
    }

    /** An ISO date, e.g. 2026-03-09. */
    public static LocalDate dateOf(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (allowedYear(date.getYear())) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw InvalidInputException.onField(name, INVALID_VALUE, value);
    }

    /** Whether a date in this year is accepted from a client (bodies, query parameters). */
    public static boolean allowedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}

package org.quartiersnetz.common.control;

import java.sql.SQLException;

/** Reads database constraint violations out of persistence exceptions. */
public final class Constraints {

    /** SQLSTATE of a unique violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

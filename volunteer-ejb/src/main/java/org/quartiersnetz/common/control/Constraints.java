package org.quartiersnetz.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** Reads database constraint violations out of persistence exceptions. */
public final class Constraints {

    /** SQLSTATE of a unique violation, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {}

    /**
     * Stores the entities at once, so that a unique key they break (an e-mail address, a code, a
     * name taken meanwhile by a concurrent request) is a 409 on that field, not a failed commit.
     */
    public static void persistUnique(EntityManager em, String field, String messageKey, Object... entities) {
        try {
            for (Object entity : entities) {
                em.persist(entity);
            }
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw ConflictException.onField(field, messageKey);
            }
            throw e;
        }
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

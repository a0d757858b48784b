package org.quartiersnetz.common.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    @Test
    void findsAUniqueViolationDeepInTheCauses() {
        SQLException unique = new SQLException("duplicate key", "23505");
        assertTrue(Constraints.isUniqueViolation(new PersistenceException(new RuntimeException(unique))));
    }

    @Test
    void otherDatabaseErrorsAreNotUniqueViolations() {
        assertFalse(Constraints.isUniqueViolation(new PersistenceException(new SQLException("fk", "23503"))));
        assertFalse(Constraints.isUniqueViolation(new PersistenceException("no cause")));
    }
}

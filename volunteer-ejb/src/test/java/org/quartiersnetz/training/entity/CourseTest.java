package org.quartiersnetz.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CourseTest {

    @Test
    void validityRunsTheNumberOfMonthsToTheSameDayAndEndsOnTheLastDayOfShorterMonths() {
        Course childProtection = new Course("child-protection", null, "Kinderschutz-Grundlagen", "…", 24);
        assertEquals(LocalDate.of(2028, 11, 26), childProtection.validUntil(LocalDate.of(2026, 11, 26)));
        assertEquals(LocalDate.of(2028, 2, 28), childProtection.validUntil(LocalDate.of(2026, 2, 28)));
        Course oneMonth = new Course("x", null, "X", "…", 1);
        assertEquals(LocalDate.of(2027, 2, 28), oneMonth.validUntil(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void aCourseWithoutValidityDoesNotExpire() {
        assertNull(new Course("basic-godparent", null, "Basisqualifizierung", "…", null)
                .validUntil(LocalDate.of(2026, 11, 26)));
    }
}

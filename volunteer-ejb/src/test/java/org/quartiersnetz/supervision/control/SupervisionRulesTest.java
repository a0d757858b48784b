package org.quartiersnetz.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When supervision is due: the interval from the last session attended since the start, or from the start. */
class SupervisionRulesTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 3, 2);

    @Test
    void withoutASessionTheIntervalRunsFromTheStart() {
        assertEquals(LocalDate.of(2026, 4, 13), SupervisionRules.dueOn(STARTED, null, 6));
        assertFalse(SupervisionRules.isOverdue(STARTED, null, 6, LocalDate.of(2026, 4, 13)), "due that day, not over");
        assertTrue(SupervisionRules.isOverdue(STARTED, null, 6, LocalDate.of(2026, 4, 14)));
    }

    @Test
    void aSessionAttendedStartsTheIntervalAgain() {
        LocalDate attended = LocalDate.of(2026, 4, 10);
        assertEquals(LocalDate.of(2026, 5, 22), SupervisionRules.dueOn(STARTED, attended, 6));
        assertFalse(SupervisionRules.isOverdue(STARTED, attended, 6, LocalDate.of(2026, 5, 1)));
        assertTrue(SupervisionRules.isOverdue(STARTED, attended, 6, LocalDate.of(2026, 5, 23)));
    }

    @Test
    void aSessionBeforeThePlacementBeganDoesNotCount() {
        assertEquals(
                SupervisionRules.dueOn(STARTED, null, 8),
                SupervisionRules.dueOn(STARTED, LocalDate.of(2026, 1, 20), 8));
    }
}

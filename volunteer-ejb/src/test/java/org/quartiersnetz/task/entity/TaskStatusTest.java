package org.quartiersnetz.task.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TaskStatusTest {

    @Test
    void staffPublishCloseAndReopenButNeverGoBackToDraft() {
        assertEquals(EnumSet.of(TaskStatus.OPEN, TaskStatus.CLOSED), TaskStatus.DRAFT.nextByStaff());
        assertEquals(EnumSet.of(TaskStatus.CLOSED), TaskStatus.PARTLY_FILLED.nextByStaff());
        assertEquals(EnumSet.of(TaskStatus.OPEN), TaskStatus.CLOSED.nextByStaff());
        for (TaskStatus status : TaskStatus.values()) {
            assertFalse(status.nextByStaff().contains(TaskStatus.DRAFT), status.name());
        }
    }

    @Test
    void theFillingFollowsThePlacedVolunteers() {
        assertEquals(TaskStatus.OPEN, TaskStatus.byFilling(0, 3));
        assertEquals(TaskStatus.PARTLY_FILLED, TaskStatus.byFilling(2, 3));
        assertEquals(TaskStatus.FILLED, TaskStatus.byFilling(3, 3));
        assertTrue(TaskStatus.PARTLY_FILLED.isOnBoard());
        assertFalse(TaskStatus.FILLED.isOnBoard());
        assertFalse(TaskStatus.DRAFT.isOnBoard());
    }
}

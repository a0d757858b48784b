package org.quartiersnetz.task.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task stands. Staff publish, close and reopen; PARTLY_FILLED and FILLED follow from the
 * placements (an open task shows on the board until it is filled or closed).
 */
public enum TaskStatus {
    DRAFT,
    OPEN,
    PARTLY_FILLED,
    FILLED,
    CLOSED;

    /** The states staff may move a task to from this one. */
    public Set<TaskStatus> nextByStaff() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CLOSED);
            case OPEN, PARTLY_FILLED, FILLED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    /** Shown on the public board. */
    public boolean isOnBoard() {
        return this == OPEN || this == PARTLY_FILLED;
    }

    /** The state that follows from how many of the needed volunteers are placed. */
    public static TaskStatus byFilling(int placed, int needed) {
        if (placed <= 0) {
            return OPEN;
        }
        return placed >= needed ? FILLED : PARTLY_FILLED;
    }
}

package org.quartiersnetz.supervision.control;

import java.time.LocalDate;

/** When supervision is due for an active placement, as a pure function of dates (tested without a container). */
public final class SupervisionRules {

    private SupervisionRules() {}

    /**
     * The last day the placement is covered: the interval counted from the last session attended
     * since it began, or from its start when none was.
     *
     * @param startedOn the day the placement became active
     * @param lastAttended the day of the volunteer's latest session they were present at, or null
     */
    public static LocalDate dueOn(LocalDate startedOn, LocalDate lastAttended, int intervalWeeks) {
        LocalDate from = lastAttended != null && lastAttended.isAfter(startedOn) ? lastAttended : startedOn;
        return from.plusWeeks(intervalWeeks);
    }

    /** Overdue: the day it was due has passed. */
    public static boolean isOverdue(LocalDate startedOn, LocalDate lastAttended, int intervalWeeks, LocalDate today) {
        return today.isAfter(dueOn(startedOn, lastAttended, intervalWeeks));
    }
}

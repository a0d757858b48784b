package org.quartiersnetz.supervision.rest;

import java.time.LocalDate;
import java.util.Locale;
import org.quartiersnetz.supervision.boundary.OverdueSupervision;

/** An active placement overdue for supervision: who, which task, the interval, last attended, due since. */
public record OverdueResponse(
        long placementId,
        long volunteerId,
        String volunteer,
        long taskId,
        String task,
        String carrier,
        int intervalWeeks,
        LocalDate lastAttended,
        LocalDate dueOn) {

    public static OverdueResponse of(OverdueSupervision o, Locale locale) {
        return new OverdueResponse(
                o.placementId(),
                o.volunteerId(),
                o.volunteerName(),
                o.taskId(),
                o.title().in(locale),
                o.carrier(),
                o.intervalWeeks(),
                o.lastAttended(),
                o.dueOn());
    }
}

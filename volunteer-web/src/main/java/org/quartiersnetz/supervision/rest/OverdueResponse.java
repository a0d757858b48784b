package org.quartiersnetz.supervision.rest;

import java.time.LocalDate;
import java.util.Locale;
import org.quartiersnetz.supervision.boundary.OverdueSupervision;

/** An active placement overdue for supervision: who, which task, the interval, last attended, due since. */
public record OverdueResponse(long placementId, long volunteerId, String volunteer, long taskId, String task,
        String carrier, int intervalWeeks, LocalDate lastAttended, LocalDate dueOn) {

    static OverdueResponse of(OverdueSupervision o, Locale locale) {
        var p = o.placement();
        return new OverdueResponse(p.getId(), p.getVolunteer().getId(),
                p.getVolunteer().getFirstName() + " " + p.getVolunteer().getLastName(), p.getTask().getId(),
                p.getTask().title(locale), p.getTask().getCarrier().getCode(), o.intervalWeeks(), o.lastAttended(),
                o.dueOn());
    }
}

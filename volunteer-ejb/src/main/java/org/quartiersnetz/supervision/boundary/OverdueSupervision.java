package org.quartiersnetz.supervision.boundary;

import java.time.LocalDate;
import org.quartiersnetz.common.control.Bilingual;

/**
 * An active placement whose volunteer has had no supervision within its type's interval: who,
 * which task of which carrier, the interval, the last session attended (or null) and the day it was due.
 */
public record OverdueSupervision(
        long placementId,
        long volunteerId,
        String volunteerName,
        long taskId,
        Bilingual title,
        String carrier,
        String type,
        int intervalWeeks,
        LocalDate startedOn,
        LocalDate lastAttended,
        LocalDate dueOn) {}

package org.quartiersnetz.supervision.boundary;

import java.time.LocalDate;
import org.quartiersnetz.placement.entity.Placement;

/** An active placement whose volunteer has had no supervision within its type's interval. */
public record OverdueSupervision(Placement placement, int intervalWeeks, LocalDate lastAttended, LocalDate dueOn) {
}

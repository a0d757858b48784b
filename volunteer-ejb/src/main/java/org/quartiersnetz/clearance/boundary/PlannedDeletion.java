package org.quartiersnetz.clearance.boundary;

import java.time.LocalDate;
import org.quartiersnetz.clearance.entity.DeletionReason;

/** One inspection record §72a(5) wants deleted, and why; says nothing about its result. */
public record PlannedDeletion(
        long checkId,
        long volunteerId,
        String carrier,
        LocalDate inspectedOn,
        LocalDate lastActivityOn,
        DeletionReason reason) {}

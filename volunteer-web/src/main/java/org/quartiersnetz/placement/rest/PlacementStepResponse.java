package org.quartiersnetz.placement.rest;

import java.time.Instant;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.placement.entity.PlacementStep;

/** One step of a placement's history. */
public record PlacementStepResponse(
        PlacementStatus from, PlacementStatus to, Long accountId, Instant takenAt, String note) {

    static PlacementStepResponse of(PlacementStep step, boolean forStaff) {
        return new PlacementStepResponse(
                step.getFrom(),
                step.getTo(),
                forStaff ? step.getAccountId() : null,
                step.getTakenAt(),
                forStaff ? step.getNote() : null);
    }
}

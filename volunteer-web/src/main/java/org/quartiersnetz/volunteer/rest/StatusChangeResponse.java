package org.quartiersnetz.volunteer.rest;

import java.time.Instant;
import org.quartiersnetz.volunteer.entity.StatusChange;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** One step of a volunteer's lifecycle: when, who, for which carrier, why. */
public record StatusChangeResponse(
        VolunteerStatus from, VolunteerStatus to, Instant changedAt, String changedBy, String carrier, String reason) {

    static StatusChangeResponse of(StatusChange c) {
        return new StatusChangeResponse(
                c.getFrom(),
                c.getTo(),
                c.getChangedAt(),
                c.getChangedBy().getEmail(),
                c.getCarrier() == null ? null : c.getCarrier().getCode(),
                c.getReason());
    }
}

package org.quartiersnetz.training.rest;

import java.time.Instant;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.training.entity.Enrolment;

/** A volunteer on a run's list or its waiting list, as the staff who keep the run see them. */
public record ParticipantResponse(
        long volunteerId, String firstName, String lastName, PlaceStatus status, Instant requestedAt) {

    static ParticipantResponse of(Enrolment e) {
        return new ParticipantResponse(
                e.getVolunteer().getId(),
                e.getVolunteer().getFirstName(),
                e.getVolunteer().getLastName(),
                e.getStatus(),
                e.getRequestedAt());
    }
}

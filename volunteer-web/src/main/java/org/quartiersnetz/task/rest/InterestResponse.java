package org.quartiersnetz.task.rest;

import java.time.Instant;
import org.quartiersnetz.task.entity.TaskInterest;

/** A volunteer who said "I'm interested" in a task. */
public record InterestResponse(long volunteerId, String firstName, String lastName, Instant createdAt) {

    static InterestResponse of(TaskInterest interest) {
        return new InterestResponse(
                interest.getVolunteer().getId(),
                interest.getVolunteer().getFirstName(),
                interest.getVolunteer().getLastName(),
                interest.getCreatedAt());
    }
}

package org.quartiersnetz.volunteer.rest;

import jakarta.validation.constraints.NotNull;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** The next lifecycle step and, where the volunteer leaves, why. */
public record StatusChangeRequest(@NotNull VolunteerStatus status, String reason) {
}

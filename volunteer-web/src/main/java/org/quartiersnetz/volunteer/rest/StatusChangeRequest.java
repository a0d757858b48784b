package org.quartiersnetz.volunteer.rest;

import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/** The next lifecycle step and, where the volunteer leaves, why. */
public record StatusChangeRequest(VolunteerStatus status, String reason) {}

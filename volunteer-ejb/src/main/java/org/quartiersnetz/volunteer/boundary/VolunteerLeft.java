package org.quartiersnetz.volunteer.boundary;

/** Fired in the same transaction when a volunteer leaves, so that other areas let go of them. */
public record VolunteerLeft(long volunteerId, long accountId, String reason) {}

package org.quartiersnetz.volunteer.entity;

/** The lifecycle of a volunteer; only ACTIVE volunteers are matched. */
public enum VolunteerStatus {
    APPLIED,
    INTERVIEWED,
    ACTIVE,
    PAUSED,
    LEFT
}

package org.quartiersnetz.training.rest;

import org.quartiersnetz.training.entity.Attendance;

/** Whether one volunteer was at a date. */
public record AttendanceResponse(long volunteerId, String firstName, String lastName, boolean present) {

    static AttendanceResponse of(Attendance a) {
        return new AttendanceResponse(
                a.getVolunteer().getId(),
                a.getVolunteer().getFirstName(),
                a.getVolunteer().getLastName(),
                a.isPresent());
    }
}

package org.quartiersnetz.supervision.rest;

import java.time.Instant;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionAttendance;

/** One volunteer at a session. */
public record AttendanceResponse(long volunteerId, String name, Presence status, Instant changedAt) {

    static AttendanceResponse of(SupervisionAttendance a) {
        return new AttendanceResponse(
                a.getVolunteer().getId(), a.getVolunteer().getName(), a.getStatus(), a.getChangedAt());
    }
}

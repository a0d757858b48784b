package org.quartiersnetz.supervision.rest;

import java.time.Instant;
import org.quartiersnetz.supervision.entity.Presence;
import org.quartiersnetz.supervision.entity.SupervisionAttendance;

/** One volunteer at a session. */
public record SessionAttendanceResponse(long volunteerId, String name, Presence status, Instant changedAt) {

    static SessionAttendanceResponse of(SupervisionAttendance a) {
        return new SessionAttendanceResponse(
                a.getVolunteer().getId(), a.getVolunteer().getName(), a.getStatus(), a.getChangedAt());
    }
}

package org.quartiersnetz.training.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.training.entity.Enrolment;

/** A volunteer's own enrolment in a run. */
public record EnrolmentResponse(
        long runId,
        String courseCode,
        String courseTitle,
        Instant startsAt,
        LocalDate enrolmentDeadline,
        PlaceStatus status) {

    static EnrolmentResponse of(Enrolment enrolment, Locale locale) {
        var run = enrolment.getRun();
        return new EnrolmentResponse(
                run.getId(),
                run.getCourse().getCode(),
                run.getCourse().title(locale),
                run.getSessions().get(0).getStartsAt(),
                run.getEnrolmentDeadline(),
                enrolment.getStatus());
    }
}

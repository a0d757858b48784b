package org.quartiersnetz.training.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quartiersnetz.training.entity.CourseRun;

/** A course run with its dates and free places; carrier null means the network office holds it. */
public record CourseRunResponse(
        long id,
        String courseCode,
        String courseTitle,
        String carrier,
        String place,
        String trainer,
        int capacity,
        long confirmed,
        long placesFree,
        LocalDate enrolmentDeadline,
        List<RunSession> sessions) {

    /** One date of the run. */
    public record RunSession(long id, Instant startsAt, Instant endsAt) {}

    static CourseRunResponse of(CourseRun run, long confirmed, Locale locale) {
        return new CourseRunResponse(
                run.getId(),
                run.getCourse().getCode(),
                run.getCourse().title(locale),
                run.getCarrier() == null ? null : run.getCarrier().getName(),
                run.getPlace(),
                run.getTrainer(),
                run.getCapacity(),
                confirmed,
                run.placesFree(confirmed),
                run.getEnrolmentDeadline(),
                run.getSessions().stream()
                        .map(s -> new RunSession(s.getId(), s.getStartsAt(), s.getEndsAt()))
                        .toList());
    }
}

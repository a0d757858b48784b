package org.quartiersnetz.training.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.quartiersnetz.training.entity.CourseStatus;

/**
 * What a volunteer has of one course on a day. VALID: a qualification valid that day. ENROLLED:
 * none, but a confirmed place in a run that has not ended yet ("on condition": eligible once the
 * course is completed, as issue 5 asks). MISSING otherwise — also for a run that ended without the
 * qualification.
 */
public final class CourseStatusRule {

    /** A qualification's validity: from the day obtained to its last valid day (null: no end). */
    public record Validity(LocalDate from, LocalDate until) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || !until.isBefore(day));
        }
    }

    private CourseStatusRule() {}

    /**
     * @param qualifications the volunteer's qualifications of the course, any age
     * @param confirmedRunEnds when the runs end in which the volunteer has a confirmed place
     */
    public static CourseStatus of(
            Collection<Validity> qualifications, Collection<Instant> confirmedRunEnds, LocalDate on, Instant now) {
        if (qualifications.stream().anyMatch(q -> q.covers(on))) {
            return CourseStatus.VALID;
        }
        boolean enrolled = confirmedRunEnds.stream().anyMatch(end -> end.isAfter(now));
        return enrolled ? CourseStatus.ENROLLED : CourseStatus.MISSING;
    }
}

package org.quartiersnetz.training.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.training.entity.CourseStatus;

/**
 * What a volunteer has of one course on a day. VALID: a qualification valid that day. ENROLLED:
 * none, but a confirmed place in a run that has not ended yet and ends no later than
 * {@link #CONDITION_DAYS} days after that day ("on condition": the course will be done by then or
 * shortly after). MISSING otherwise — also for a run that ended without the qualification.
 */
public final class CourseStatusRule {

    /** How long after the day a run may still end for the volunteer to count as "on condition". */
    public static final int CONDITION_DAYS = 28;

    /** A qualification's validity: from the day obtained to its last valid day (null: no end). */
    public record Validity(LocalDate from, LocalDate until) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (until == null || !until.isBefore(day));
        }
    }

    private CourseStatusRule() {
    }

    /**
     * @param qualifications the volunteer's qualifications of the course, any age
     * @param confirmedRunEnds when the runs end in which the volunteer has a confirmed place
     */
    public static CourseStatus of(Collection<Validity> qualifications, Collection<Instant> confirmedRunEnds,
            LocalDate on, Instant now) {
        if (qualifications.stream().anyMatch(q -> q.covers(on))) {
            return CourseStatus.VALID;
        }
        LocalDate latest = on.plusDays(CONDITION_DAYS);
        boolean enrolled = confirmedRunEnds.stream().anyMatch(end -> end.isAfter(now)
                && !LocalDate.ofInstant(end, ClockProducer.NETWORK_ZONE).isAfter(latest));
        return enrolled ? CourseStatus.ENROLLED : CourseStatus.MISSING;
    }
}

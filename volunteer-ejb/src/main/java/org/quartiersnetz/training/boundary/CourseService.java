package org.quartiersnetz.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.ForbiddenException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.training.control.TrainingAccess;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.CourseSession;

/** The course catalogue and the runs staff plan: anyone reads them, staff plan runs for their carrier. */
@Stateless
public class CourseService {

    static final String UNKNOWN_COURSE = "course.unknown";
    static final String CODE_TAKEN = "course.codeTaken";
    static final String NETWORK_COURSE = "course.networkWide";
    static final String SESSION_REVERSED = "courseRun.sessionReversed";
    static final String SESSION_IN_PAST = "courseRun.sessionInPast";
    static final String SESSION_TWICE = "courseRun.sessionTwice";
    static final String DEADLINE_IN_PAST = "courseRun.deadlineInPast";
    static final String DEADLINE_AFTER_START = "courseRun.deadlineAfterStart";

    static final int KEPT_MAX = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TrainingAccess access;

    public List<Course> catalogue() {
        return em.createNamedQuery(Course.FIND_ALL, Course.class).getResultList();
    }

    public Optional<Course> findCourse(String code) {
        return em
                .createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Course getCourse(String code) {
        return findCourse(code).orElseThrow(() -> new NotFoundException(UNKNOWN_COURSE));
    }

    /**
     * Adds a course to the catalogue: offered by the caller's carrier, or network-wide when the
     * network coordinator adds it.
     */
    public Course create(@NotNull Caller caller, @NotNull @Valid CourseInput input) {
        if (!caller.isCarrierStaff() && !caller.is(Role.NETWORK_COORDINATOR)) {
            throw new ForbiddenException(NETWORK_COURSE);
        }
        String code = input.getCode().strip();
        if (findCourse(code).isPresent()) {
            throw ConflictException.onField("code", CODE_TAKEN, code);
        }
        Carrier carrier = caller.isCarrierStaff() ? em.find(Carrier.class, caller.carrierId()) : null;
        Course course = new Course(code, carrier);
        course.describe(input.texts(), input.getValidityMonths());
        try {
            Constraints.persistUnique(em, "code", CODE_TAKEN, course);
        } catch (ConflictException takenMeanwhile) {
            throw ConflictException.onField("code", CODE_TAKEN, code);
        }
        return course;
    }

    /**
     * Changes a course's texts and validity (new qualifications get the new validity). Carrier staff
     * change their carrier's courses, the network coordinator the network-wide ones; another
     * carrier's course is not found, a network-wide one is refused to carrier staff.
     */
    public Course update(@NotNull Caller caller, @NotNull String code, @NotNull @Valid CourseInput input) {
        Course course = getCourse(code);
        if (!access.mayKeep(caller, course)) {
            throw course.isNetworkWide()
                    ? new ForbiddenException(NETWORK_COURSE)
                    : new NotFoundException(UNKNOWN_COURSE);
        }
        if (!code.equals(input.getCode().strip())) {
            throw InvalidInputException.onField("code", "course.codeFixed");
        }
        course.describe(input.texts(), input.getValidityMonths());
        return course;
    }

    /** Runs one can still enrol in, of one course or (code null) of all, soonest deadline first. */
    public List<CourseRun> openRuns(String code) {
        LocalDate today = ClockProducer.today(clock);
        if (code == null) {
            return em.createNamedQuery(CourseRun.FIND_OPEN, CourseRun.class)
                    .setParameter("today", today)
                    .getResultList();
        }
        return em.createNamedQuery(CourseRun.FIND_OPEN_OF_COURSE, CourseRun.class)
                .setParameter("today", today)
                .setParameter("code", code)
                .getResultList();
    }

    /** The courses the caller may plan runs of. */
    public List<Course> plannable(@NotNull Caller caller) {
        return catalogue().stream().filter(c -> access.mayRun(caller, c)).toList();
    }

    /** The runs the caller keeps, latest deadline first (at most {@value #KEPT_MAX}). */
    public List<CourseRun> kept(@NotNull Caller caller) {
        var query = caller.isCarrierStaff()
                ? em.createNamedQuery(CourseRun.FIND_OF_CARRIER, CourseRun.class)
                        .setParameter("carrier", caller.carrierId())
                : em.createNamedQuery(CourseRun.FIND_OF_NETWORK, CourseRun.class);
        return caller.isCarrierStaff() || caller.is(Role.NETWORK_COORDINATOR)
                ? query.setMaxResults(KEPT_MAX).getResultList()
                : List.of();
    }

    public CourseRun getRun(long runId) {
        CourseRun run = em.find(CourseRun.class, runId);
        if (run == null) {
            throw new NotFoundException(TrainingAccess.UNKNOWN_RUN);
        }
        return run;
    }

    /** A run the caller keeps (staff of its carrier, or the network coordinator for the network office's). */
    public CourseRun getOwnRun(@NotNull Caller caller, long runId) {
        return access.requireOwn(caller, em.find(CourseRun.class, runId));
    }

    /** Plans a run of a course for the caller's carrier (the network office for the network coordinator). */
    public CourseRun plan(@NotNull Caller caller, @NotNull @Valid CourseRunInput input) {
        Course course = findCourse(input.getCourseCode())
                .filter(c -> access.mayRun(caller, c))
                .orElseThrow(() -> InvalidInputException.onField("courseCode", UNKNOWN_COURSE));
        LocalDate today = ClockProducer.today(clock);
        List<Instant[]> times = sessionTimes(input.getSessions(), today);
        if (input.getEnrolmentDeadline().isBefore(today)) {
            throw InvalidInputException.onField("enrolmentDeadline", DEADLINE_IN_PAST);
        }
        LocalDate firstDay = LocalDate.ofInstant(times.get(0)[0], ClockProducer.NETWORK_ZONE);
        if (input.getEnrolmentDeadline().isAfter(firstDay)) {
            throw InvalidInputException.onField("enrolmentDeadline", DEADLINE_AFTER_START);
        }
        Carrier carrier = caller.carrierId() == null ? null : em.find(Carrier.class, caller.carrierId());
        CourseRun run = new CourseRun(
                course,
                carrier,
                input.getPlace().strip(),
                input.getTrainer().strip(),
                input.getCapacity(),
                input.getEnrolmentDeadline());
        for (Instant[] time : times) {
            run.addSession(time[0], time[1]);
        }
        em.persist(run);
        return run;
    }

    /** The dates as instants, soonest first; none before today, none reversed, none twice. */
    static List<Instant[]> sessionTimes(List<CourseRunInput.Session> sessions, LocalDate today) {
        List<Instant[]> times = new ArrayList<>();
        Set<Instant> starts = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            CourseRunInput.Session session = sessions.get(i);
            String field = "sessions[" + i + "]";
            if (!session.getEnd().isAfter(session.getStart())) {
                throw InvalidInputException.onField(field + ".end", SESSION_REVERSED);
            }
            if (session.getDate().isBefore(today)) {
                throw InvalidInputException.onField(field + ".date", SESSION_IN_PAST);
            }
            Instant start = session.getDate()
                    .atTime(session.getStart())
                    .atZone(ClockProducer.NETWORK_ZONE)
                    .toInstant();
            if (!starts.add(start)) {
                throw InvalidInputException.onField(field + ".date", SESSION_TWICE);
            }
            times.add(new Instant[] {
                start,
                session.getDate()
                        .atTime(session.getEnd())
                        .atZone(ClockProducer.NETWORK_ZONE)
                        .toInstant()
            });
        }
        times.sort((a, b) -> a[0].compareTo(b[0]));
        return times;
    }

    /** Confirmed places per run. */
    public Map<Long, Long> confirmedCounts(Collection<Long> runIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(
                        "SELECT e.run.id, COUNT(e) FROM Enrolment e WHERE e.run.id IN :runs "
                                + "AND e.status = org.quartiersnetz.common.entity.PlaceStatus.CONFIRMED GROUP BY e.run.id",
                        Object[].class)
                .setParameter("runs", runIds)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    public CourseSession getSession(CourseRun run, long sessionId) {
        return run.getSessions().stream()
                .filter(s -> s.getId() == sessionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("courseRun.sessionUnknown"));
    }
}

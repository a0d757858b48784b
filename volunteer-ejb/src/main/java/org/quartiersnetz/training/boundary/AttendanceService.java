package org.quartiersnetz.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.training.control.TrainingAccess;
import org.quartiersnetz.training.entity.Attendance;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.CourseSession;
import org.quartiersnetz.training.entity.Enrolment;
import org.quartiersnetz.training.entity.Qualification;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Attendance per date, recorded by the staff who keep the run, for dates that have begun. A
 * volunteer present at every date of the run has completed it and holds the course's
 * qualification from the day of the last date; marked absent again later, the qualification from
 * that run is taken back.
 */
@Stateless
public class AttendanceService {

    static final String NOT_STARTED = "attendance.notStarted";
    static final String NOT_ENROLLED = "attendance.notEnrolled";
    static final String TWICE = "attendance.twice";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    TrainingAccess access;

    @Inject
    CourseService courses;

    /** Records who was present and who was not at one date; returns the date's whole attendance list. */
    public List<Attendance> record(
            @NotNull Caller caller, long runId, long sessionId, @NotNull @Valid AttendanceInput input) {
        CourseRun run = access.requireOwn(caller, em.find(CourseRun.class, runId, LockModeType.PESSIMISTIC_WRITE));
        CourseSession session = courses.getSession(run, sessionId);
        Instant now = clock.instant();
        if (!session.hasStarted(now)) {
            throw new ConflictException(
                    NOT_STARTED,
                    LocalDate.ofInstant(session.getStartsAt(), ClockProducer.NETWORK_ZONE)
                            .toString());
        }
        Map<Long, Boolean> marks = new HashMap<>();
        input.getPresent().forEach(id -> marks.put(id, true));
        for (Long id : input.getAbsent()) {
            if (marks.put(id, false) != null) {
                throw InvalidInputException.onField("absent", TWICE, id);
            }
        }
        Map<Long, Volunteer> confirmed = new HashMap<>();
        for (Enrolment enrolment : em.createNamedQuery(Enrolment.FIND_BY_RUN, Enrolment.class)
                .setParameter("run", run)
                .setParameter("statuses", Set.of(PlaceStatus.CONFIRMED))
                .getResultList()) {
            confirmed.put(enrolment.getVolunteer().getId(), enrolment.getVolunteer());
        }
        Map<Long, Attendance> existing = new HashMap<>();
        for (Attendance attendance : of(session)) {
            existing.put(attendance.getVolunteer().getId(), attendance);
        }
        Set<Long> unknown = new HashSet<>(marks.keySet());
        unknown.removeAll(confirmed.keySet());
        unknown.removeAll(existing.keySet());
        if (!unknown.isEmpty()) {
            throw InvalidInputException.onField(
                    input.getPresent().stream().anyMatch(unknown::contains) ? "present" : "absent",
                    NOT_ENROLLED,
                    unknown.stream().sorted().toList().toString());
        }
        for (Map.Entry<Long, Boolean> mark : marks.entrySet()) {
            Attendance attendance = existing.get(mark.getKey());
            Volunteer volunteer = attendance == null ? confirmed.get(mark.getKey()) : attendance.getVolunteer();
            if (attendance == null) {
                attendance = new Attendance(session, volunteer);
                em.persist(attendance);
            }
            attendance.record(mark.getValue(), caller.accountId(), now);
        }
        em.flush();
        for (Long id : marks.keySet()) {
            Volunteer volunteer = existing.containsKey(id) ? existing.get(id).getVolunteer() : confirmed.get(id);
            derive(run, volunteer, caller.accountId(), now);
        }
        return of(session);
    }

    /** The attendance list of one date of a run the caller keeps. */
    public List<Attendance> list(@NotNull Caller caller, long runId, long sessionId) {
        CourseRun run = access.requireOwn(caller, em.find(CourseRun.class, runId));
        return of(courses.getSession(run, sessionId));
    }

    private List<Attendance> of(CourseSession session) {
        return em.createNamedQuery(Attendance.FIND_BY_SESSION, Attendance.class)
                .setParameter("session", session)
                .getResultList();
    }

    /** Completed: present at every date. The qualification follows the attendance both ways. */
    private void derive(CourseRun run, Volunteer volunteer, long accountId, Instant now) {
        long present = em.createNamedQuery(Attendance.COUNT_PRESENT, Long.class)
                .setParameter("run", run)
                .setParameter("volunteer", volunteer)
                .getSingleResult();
        List<Qualification> held = em.createNamedQuery(Qualification.FIND_FROM_RUN, Qualification.class)
                .setParameter("run", run)
                .setParameter("volunteer", volunteer)
                .getResultList();
        boolean completed = present == run.getSessions().size();
        changed.fire(new VolunteerChanged(volunteer.getId()));
        if (completed && held.isEmpty()) {
            em.persist(Qualification.fromRun(volunteer, run, accountId, now));
        } else if (!completed) {
            held.forEach(em::remove);
        }
    }
}

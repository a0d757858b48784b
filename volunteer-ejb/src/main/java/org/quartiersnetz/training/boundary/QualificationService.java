package org.quartiersnetz.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.training.control.CourseStatusRule;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.training.entity.CourseStatus;
import org.quartiersnetz.training.entity.Enrolment;
import org.quartiersnetz.training.entity.Qualification;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Volunteers' qualifications with their history, external certificates staff record, and the
 * status of required courses that other areas (eligibility, matching) ask for.
 */
@Stateless
public class QualificationService {

    static final String EVIDENCE_IN_FUTURE = "qualification.evidenceInFuture";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    VolunteerService volunteers;

    @Inject
    CourseService courses;

    /**
     * For each course code, in the order given: VALID, ENROLLED ("on condition") or MISSING on the
     * day, by {@link CourseStatusRule}. A code no course has is MISSING. No access check: callers
     * are other boundaries that checked the volunteer's visibility already.
     */
    public Map<String, CourseStatus> status(
            long volunteerId, @NotNull Collection<String> courseCodes, @NotNull LocalDate on) {
        Map<String, CourseStatus> status = new LinkedHashMap<>();
        if (courseCodes.isEmpty()) {
            return status;
        }
        Map<String, List<CourseStatusRule.Validity>> held = new LinkedHashMap<>();
        for (Qualification q : em.createNamedQuery(Qualification.FIND_OF_COURSES, Qualification.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("codes", courseCodes)
                .getResultList()) {
            held.computeIfAbsent(q.getCourse().getCode(), c -> new ArrayList<>())
                    .add(new CourseStatusRule.Validity(q.getObtainedOn(), q.getValidUntil()));
        }
        Instant now = clock.instant();
        // runs only matter for a course without a valid qualification: this runs on every booking
        List<String> notValid = courseCodes.stream()
                .filter(code -> CourseStatusRule.of(held.getOrDefault(code, List.of()), List.of(), on, now)
                        != CourseStatus.VALID)
                .toList();
        Map<String, List<Instant>> runEnds = notValid.isEmpty() ? Map.of() : confirmedRunEnds(volunteerId, notValid);
        for (String code : courseCodes) {
            status.put(
                    code,
                    CourseStatusRule.of(
                            held.getOrDefault(code, List.of()), runEnds.getOrDefault(code, List.of()), on, now));
        }
        return status;
    }

    private Map<String, List<Instant>> confirmedRunEnds(long volunteerId, Collection<String> courseCodes) {
        Map<String, List<Instant>> runEnds = new LinkedHashMap<>();
        for (Enrolment e : em.createNamedQuery(Enrolment.CONFIRMED_OF_COURSES, Enrolment.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("codes", courseCodes)
                .getResultList()) {
            runEnds.computeIfAbsent(e.getRun().getCourse().getCode(), c -> new ArrayList<>())
                    .add(e.getRun().lastEnd());
        }
        return runEnds;
    }

    /** {@link #status(long, Collection, LocalDate)} of a volunteer the caller may see. */
    public Map<String, CourseStatus> status(
            @NotNull Caller caller, long volunteerId, @NotNull Collection<String> courseCodes, @NotNull LocalDate on) {
        return status(volunteers.get(caller, volunteerId).getId(), courseCodes, on);
    }

    /** The signed-in volunteer's qualifications, newest first, expired ones included. */
    public List<Qualification> own(@NotNull Caller caller) {
        return history(volunteers.getOwn(caller).getId());
    }

    /** The qualifications of a volunteer the caller may see, newest first. */
    public List<Qualification> of(@NotNull Caller caller, long volunteerId) {
        return history(volunteers.get(caller, volunteerId).getId());
    }

    /** Staff record a certificate from elsewhere for a volunteer they may see. */
    public Qualification recordExternal(@NotNull Caller caller, @NotNull @Valid ExternalQualificationInput input) {
        Volunteer volunteer = volunteers.get(caller, input.getVolunteerId());
        Course course = courses.findCourse(input.getCourseCode())
                .orElseThrow(() -> InvalidInputException.onField("courseCode", CourseService.UNKNOWN_COURSE));
        if (input.getEvidenceOn().isAfter(ClockProducer.today(clock))) {
            throw InvalidInputException.onField("evidenceOn", EVIDENCE_IN_FUTURE);
        }
        Qualification qualification = Qualification.external(
                volunteer,
                course,
                input.getEvidenceOn(),
                input.getIssuer().strip(),
                caller.accountId(),
                clock.instant());
        em.persist(qualification);
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return qualification;
    }

    private List<Qualification> history(long volunteerId) {
        return em.createNamedQuery(Qualification.FIND_BY_VOLUNTEER, Qualification.class)
                .setParameter("volunteer", volunteerId)
                .getResultList();
    }
}

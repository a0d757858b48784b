package org.quartiersnetz.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.common.control.WaitingList;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.training.control.EnrolmentMails;
import org.quartiersnetz.training.control.TrainingAccess;
import org.quartiersnetz.training.entity.CourseRun;
import org.quartiersnetz.training.entity.Enrolment;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Volunteers enrol in course runs and cancel until the enrolment deadline. A run's row is locked
 * while its places are counted, so it is never overbooked, also when two people take the last
 * place at the same moment; whoever comes later waits in line and moves up, with a mail.
 */
@Stateless
public class EnrolmentService {

    static final String ALREADY_ENROLLED = "enrolment.already";
    static final String CLOSED = "enrolment.closed";
    static final String NOT_ENROLLED = "enrolment.none";
    static final String CANCEL_CLOSED = "enrolment.cancelClosed";
    static final Set<PlaceStatus> ACTIVE = EnumSet.of(PlaceStatus.CONFIRMED, PlaceStatus.WAITING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    VolunteerService volunteers;

    @Inject
    TrainingAccess access;

    @Inject
    EnrolmentMails mails;

    /** The signed-in volunteer takes a place, or a place on the waiting list when the run is full. */
    public Enrolment enrol(@NotNull Caller caller, long runId) {
        Volunteer volunteer = lockVolunteer(volunteers.getOwn(caller));
        CourseRun run = lock(runId);
        Instant now = clock.instant();
        if (!run.isEnrolmentOpen(now)) {
            throw new ConflictException(CLOSED, run.getEnrolmentDeadline());
        }
        Enrolment enrolment = find(run, volunteer);
        if (enrolment != null && enrolment.getStatus().isActive()) {
            throw new ConflictException(ALREADY_ENROLLED);
        }
        Enrolment taken = waitingList()
                .take(enrolment == null ? new Enrolment(run, volunteer) : enrolment, run, run.getCapacity(), now);
        if (run.getCarrier() != null) {
            volunteer.chooseCarrier(run.getCarrier());
        }
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return taken;
    }

    /** The signed-in volunteer gives up their place or leaves the waiting list, until the enrolment deadline. */
    public Enrolment cancel(@NotNull Caller caller, long runId) {
        Volunteer volunteer = lockVolunteer(volunteers.getOwn(caller));
        CourseRun run = lock(runId);
        Enrolment enrolment = find(run, volunteer);
        if (enrolment == null || !enrolment.getStatus().isActive()) {
            throw new NotFoundException(NOT_ENROLLED);
        }
        Instant now = clock.instant();
        if (!run.isEnrolmentOpen(now)) {
            throw InvalidStateException.notAllowed(CANCEL_CLOSED, List.<PlaceStatus>of(), run.getEnrolmentDeadline());
        }
        waitingList().leave(enrolment, PlaceStatus.CANCELLED, run, now).ifPresent(next -> {
            mails.tell(next, "mail.courseMovedUp");
            // unlike a slot booking, a confirmed enrolment counts for the matching (eligible on condition)
            changed.fire(new VolunteerChanged(next.getVolunteer().getId()));
        });
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return enrolment;
    }

    /** The volunteer's active enrolments. */
    public List<Enrolment> own(@NotNull Caller caller) {
        return em.createNamedQuery(Enrolment.FIND_OWN, Enrolment.class)
                .setParameter("volunteer", volunteers.getOwn(caller))
                .setParameter("statuses", ACTIVE)
                .getResultList();
    }

    /** Confirmed and waiting enrolments of a run the caller keeps, in the order they came. */
    public List<Enrolment> ofRun(@NotNull Caller caller, long runId) {
        CourseRun run = access.requireOwn(caller, em.find(CourseRun.class, runId));
        return em.createNamedQuery(Enrolment.FIND_BY_RUN, Enrolment.class)
                .setParameter("run", run)
                .setParameter("statuses", ACTIVE)
                .getResultList();
    }

    private WaitingList<Enrolment> waitingList() {
        return new WaitingList<>(em, Enrolment.class, "run");
    }

    private Enrolment find(CourseRun run, Volunteer volunteer) {
        List<Enrolment> found = em.createNamedQuery(Enrolment.FIND, Enrolment.class)
                .setParameter("run", run)
                .setParameter("volunteer", volunteer)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The volunteer's row is locked before the run's, in every path, so two locks never cross. */
    private Volunteer lockVolunteer(Volunteer volunteer) {
        em.lock(volunteer, LockModeType.PESSIMISTIC_WRITE);
        return volunteer;
    }

    private CourseRun lock(long runId) {
        CourseRun run = em.find(CourseRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException(TrainingAccess.UNKNOWN_RUN);
        }
        return run;
    }
}

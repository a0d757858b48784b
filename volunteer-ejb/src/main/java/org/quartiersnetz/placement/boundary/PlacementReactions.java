package org.quartiersnetz.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.quartiersnetz.clearance.boundary.ConvictionRecorded;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.placement.control.PlacementClosing;
import org.quartiersnetz.placement.control.PlacementMails;
import org.quartiersnetz.placement.entity.CancelCause;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.task.boundary.TaskChanged;
import org.quartiersnetz.task.boundary.TaskClosed;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.boundary.VolunteerLeft;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * How placements follow what happens elsewhere, in the same transaction: a task closed (open
 * proposals withdrawn) or changed (places counted again, fewer places withdraw open proposals), a
 * volunteer who leaves (their placements stopped), a relevant conviction (their placements in tasks
 * needing §72a clearance stopped at once for the carriers relying on that inspection).
 */
@Stateless
public class PlacementReactions {

    /** The reason recorded when a §72a inspection stops a placement; it names the rule, nothing more. */
    static final String CLEARANCE_REASON = "§ 72a SGB VIII";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacementClosing closing;

    @Inject
    PlacementMails mails;

    @Inject
    Event<VolunteerChanged> changed;

    /** The task is locked by the closing staff member. */
    public void onTaskClosed(@Observes TaskClosed closed) {
        closing.withdraw(em.find(Task.class, closed.taskId()), CancelCause.TASK_CLOSED, closed.accountId());
    }

    /** The task is locked by the editing staff member; its hours may have changed for everyone placed. */
    public void onTaskChanged(@Observes TaskChanged edited) {
        Task task = em.find(Task.class, edited.taskId());
        closing.recount(task, edited.accountId());
        em.createNamedQuery(Placement.FIND_BY_TASK, Placement.class)
                .setParameter("task", task)
                .getResultStream()
                .filter(p -> p.getStatus().holdsPlace())
                .forEach(p -> changed.fire(new VolunteerChanged(p.getVolunteer().getId())));
    }

    public void onVolunteerLeft(@Observes VolunteerLeft left) {
        Volunteer volunteer = em.find(Volunteer.class, left.volunteerId());
        CancelCause cause =
                volunteer.getAccount().getId() == left.accountId() ? CancelCause.BY_VOLUNTEER : CancelCause.BY_STAFF;
        for (Placement placement : closing.lockLive(liveOf(left.volunteerId(), false))) {
            closing.stop(placement, cause, left.reason(), left.accountId());
            closing.recount(placement.getTask(), left.accountId());
            mails.toStaff(
                    em, placement, "mail.placementCancelledByVolunteer", left.reason() == null ? "–" : left.reason());
        }
    }

    public void onConviction(@Observes ConvictionRecorded conviction) {
        for (Placement placement : closing.lockLive(liveOf(conviction.volunteerId(), true))) {
            if (!conviction.carriers().contains(placement.getCarrierId())) {
                continue;
            }
            closing.stop(placement, CancelCause.BY_STAFF, CLEARANCE_REASON, conviction.accountId());
            closing.recount(placement.getTask(), conviction.accountId());
            mails.toVolunteer(
                    placement,
                    placement.getStatus() == PlacementStatus.ENDED ? "mail.placementEnded" : "mail.placementCancelled",
                    CLEARANCE_REASON);
            mails.toStaff(em, placement, "mail.placementStoppedClearance");
        }
    }

    /** Ids of the volunteer's placements that are not over; with {@code clearanceOnly} in tasks needing it. */
    private List<Long> liveOf(long volunteerId, boolean clearanceOnly) {
        return em.createQuery(
                        "SELECT p.id FROM Placement p WHERE p.volunteer.id = :volunteer AND p.status IN :live"
                                + (clearanceOnly ? " AND p.task.type.clearanceRequired = TRUE" : ""),
                        Long.class)
                .setParameter("volunteer", volunteerId)
                .setParameter("live", PlacementStatus.live())
                .getResultList();
    }
}

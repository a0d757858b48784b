package org.quartiersnetz.placement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.placement.entity.CancelCause;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.placement.entity.PlacementStep;
import org.quartiersnetz.task.entity.Task;

/**
 * What happens to placements besides their own steps: a task's places counted again, open proposals
 * withdrawn when it is full or closed, placements stopped when their volunteer leaves or may no
 * longer work with children. Callers hold the task's row lock; {@link #lockLive} takes them in id order.
 */
@ApplicationScoped
public class PlacementClosing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PlacementMails mails;

    @Inject
    Event<VolunteerChanged> changed;

    /**
     * Counts who holds a place in the task (from the rows, not by adding up steps) and lets its state
     * follow; when no place is left, the open proposals are withdrawn and their volunteers told.
     */
    public void recount(Task task, long accountId) {
        em.flush();
        long holding = em.createNamedQuery(Placement.COUNT_HOLDING, Long.class)
                .setParameter("task", task)
                .setParameter("holding", PlacementStatus.holding())
                .getSingleResult();
        task.placed((int) holding);
        task.touch(clock.instant());
        if (task.placesFree() == 0) {
            withdraw(task, CancelCause.TASK_FILLED, accountId);
        }
    }

    /** Withdraws the task's open proposals; their volunteers are told why. */
    public void withdraw(Task task, CancelCause cause, long accountId) {
        for (Placement open : em.createNamedQuery(Placement.FIND_OPEN_PROPOSALS, Placement.class)
                .setParameter("task", task)
                .getResultList()) {
            stop(open, cause, null, accountId);
            mails.toVolunteer(
                    open,
                    cause == CancelCause.TASK_FILLED
                            ? "mail.placementWithdrawnFilled"
                            : "mail.placementWithdrawnClosed");
        }
    }

    /** Ends an active placement, cancels one that is not active yet; nothing for one that is over. */
    public void stop(Placement placement, CancelCause cause, String reason, long accountId) {
        PlacementStatus from = placement.getStatus();
        if (from.isFinal()) {
            return;
        }
        PlacementStatus to = from == PlacementStatus.ACTIVE ? PlacementStatus.ENDED : PlacementStatus.CANCELLED;
        Instant now = clock.instant();
        placement.end(ClockProducer.today(clock), reason, to == PlacementStatus.ENDED ? null : cause);
        placement.moveTo(to, now);
        em.persist(
                new PlacementStep(placement.getId(), from, to, accountId, now, reason == null ? cause.name() : reason));
        changed.fire(new VolunteerChanged(placement.getVolunteer().getId()));
    }

    /**
     * The live placements with these ids, each task locked first and in id order (so that two such
     * runs never wait on each other crosswise), each placement then locked and read again.
     */
    public List<Placement> lockLive(Collection<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        List<Long> tasks = em
                .createQuery("SELECT DISTINCT p.task.id FROM Placement p WHERE p.id IN :ids", Long.class)
                .setParameter("ids", placementIds)
                .getResultList()
                .stream()
                .sorted()
                .toList();
        tasks.forEach(id -> em.find(Task.class, id, LockModeType.PESSIMISTIC_WRITE));
        List<Placement> live = new ArrayList<>();
        for (Long id : placementIds.stream().sorted().toList()) {
            Placement placement = em.find(Placement.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (placement != null && !placement.getStatus().isFinal()) {
                live.add(placement);
            }
        }
        return live;
    }
}

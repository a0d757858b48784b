package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.task.control.SlotRows;
import org.quartiersnetz.task.control.SlotRule;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;

/**
 * Dated slots of slot-based tasks: staff plan them; who takes a place in them is
 * {@link BookingService}'s.
 */
@Stateless
public class SlotService {

    static final String NOT_SLOT_BASED = "slot.notSlotBased";
    static final String TIMES_REVERSED = "slot.timesReversed";
    static final String UNTIL_BEFORE_FROM = "slot.untilBeforeFrom";
    static final String TOO_MANY = "slot.tooMany";
    static final String IN_PAST = "slot.inPast";
    static final String HAS_BOOKINGS = "slot.hasBookings";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TaskAccess access;

    @Inject
    SlotRows slotRows;

    /** Creates the slots of a rule; dates that already have a slot starting at that time are skipped. */
    public List<Slot> create(@NotNull Caller caller, long taskId, @NotNull @Valid SlotsInput input) {
        Task task = access.requireEditable(caller, em.find(Task.class, taskId));
        if (!task.getType().isSlotBased()) {
            throw new ConflictException(NOT_SLOT_BASED);
        }
        if (!input.getEnd().isAfter(input.getStart())) {
            throw InvalidInputException.onField("end", TIMES_REVERSED);
        }
        LocalDate until = input.getUntil() == null ? input.getFrom() : input.getUntil();
        if (until.isBefore(input.getFrom())) {
            throw InvalidInputException.onField("until", UNTIL_BEFORE_FROM);
        }
        if (input.getFrom().isBefore(ClockProducer.today(clock))) {
            throw InvalidInputException.onField("from", IN_PAST);
        }
        DayOfWeek day = input.getDay() == null ? input.getFrom().getDayOfWeek() : input.getDay();
        List<SlotRule.Occasion> occasions =
                SlotRule.occasions(input.getFrom(), until, day, input.getStart(), input.getEnd());
        if (occasions.size() > SlotRule.MAX_SLOTS) {
            throw InvalidInputException.onField("until", TOO_MANY, SlotRule.MAX_SLOTS);
        }
        Set<Instant> taken = new HashSet<>(em.createNamedQuery(Slot.FIND_STARTS, Instant.class)
                .setParameter("task", task)
                .getResultList());
        List<Slot> created = new ArrayList<>();
        for (SlotRule.Occasion occasion : occasions) {
            if (taken.add(occasion.start())) {
                Slot slot = new Slot(task, occasion.start(), occasion.end(), input.getCapacity());
                em.persist(slot);
                created.add(slot);
            }
        }
        return created;
    }

    /** The slots of a task from today on (staff view). */
    public List<Slot> upcoming(@NotNull Caller caller, long taskId) {
        return upcoming(access.requireReadable(caller, em.find(Task.class, taskId)));
    }

    public List<Slot> upcoming(Task task) {
        Instant today = ClockProducer.today(clock)
                .atStartOfDay(ClockProducer.NETWORK_ZONE)
                .toInstant();
        return em.createNamedQuery(Slot.FIND_BY_TASK, Slot.class)
                .setParameter("task", task)
                .setParameter("from", today)
                .getResultList();
    }

    public void delete(@NotNull Caller caller, long slotId) {
        slotRows.editable(caller, slotId);
        Slot slot = slotRows.lock(slotId);
        if (em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.slot = :slot AND b.status IN :active", Long.class)
                        .setParameter("slot", slot)
                        .setParameter("active", BookingService.ACTIVE)
                        .getSingleResult()
                > 0) {
            throw new ConflictException(HAS_BOOKINGS);
        }
        em.createQuery("DELETE FROM Booking b WHERE b.slot = :slot")
                .setParameter("slot", slot)
                .executeUpdate();
        em.remove(slot);
    }

    /** The slots of one day (network time) of the caller's carrier, or all carriers for the network. */
    public List<Slot> day(@NotNull Caller caller, @NotNull LocalDate date) {
        Instant from = date.atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        Instant until =
                date.plusDays(1).atStartOfDay(ClockProducer.NETWORK_ZONE).toInstant();
        Long carrier = access.carrierScope(caller);
        TypedQuery<Slot> query = carrier == null
                ? em.createNamedQuery(Slot.FIND_BETWEEN, Slot.class)
                : em.createNamedQuery(Slot.FIND_BETWEEN_OF_CARRIER, Slot.class).setParameter("carrier", carrier);
        return query.setParameter("from", from).setParameter("until", until).getResultList();
    }
}

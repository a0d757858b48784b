package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.control.VolunteerChanged;
import org.quartiersnetz.common.control.WaitingList;
import org.quartiersnetz.common.entity.PlaceStatus;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.task.control.BookingMails;
import org.quartiersnetz.task.control.Requirements;
import org.quartiersnetz.task.control.SlotRows;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Volunteers book places in dated slots and cancel them; staff keep the roster. A slot's row is
 * locked while its places are counted ({@link WaitingList}), so it is never overbooked, also when
 * two people take the last place at the same moment; whoever comes later waits in line and moves
 * up, with a mail, when a place frees.
 */
@Stateless
public class BookingService {

    static final String STARTED_BOOKING = "slot.startedBooking";
    static final String REMOVED_BY_STAFF = "slot.removedByStaff";
    static final String ALREADY_BOOKED = "slot.alreadyBooked";
    static final String OVERLAPS = "slot.overlaps";
    static final String REQUIREMENTS_MISSING = "slot.requirementsMissing";
    static final String NOT_BOOKED = "slot.notBooked";
    static final String STARTED = "slot.started";
    static final Set<PlaceStatus> ACTIVE = EnumSet.of(PlaceStatus.CONFIRMED, PlaceStatus.WAITING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    Requirements requirements;

    @Inject
    VolunteerService volunteers;

    @Inject
    BookingMails mails;

    @Inject
    SlotRows slotRows;

    /** The signed-in volunteer books a place, or a place on the waiting list when the slot is full. */
    public Booking book(@NotNull Caller caller, long slotId) {
        Volunteer volunteer = lockVolunteer(volunteers.getOwn(caller));
        Slot slot = slotRows.lock(slotId);
        if (!slot.getTask().getStatus().isOnBoard()) {
            throw new NotFoundException(SlotRows.UNKNOWN);
        }
        return join(slot, volunteer, false);
    }

    /** The signed-in volunteer gives up their place or leaves the waiting list; not after the start. */
    public Booking cancel(@NotNull Caller caller, long slotId) {
        Volunteer volunteer = lockVolunteer(volunteers.getOwn(caller));
        Slot slot = slotRows.lock(slotId);
        return leave(slot, volunteer, PlaceStatus.CANCELLED);
    }

    /** The volunteer's bookings that have not ended yet, soonest first. */
    public List<Booking> own(@NotNull Caller caller) {
        return em.createNamedQuery(Booking.FIND_OWN, Booking.class)
                .setParameter("volunteer", volunteers.getOwn(caller))
                .setParameter("statuses", ACTIVE)
                .setParameter("from", clock.instant())
                .getResultList();
    }

    /** Confirmed and waiting bookings of the slots, in the order they came. */
    public List<Booking> bookings(Collection<Long> slotIds, Set<PlaceStatus> statuses) {
        if (slotIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Booking.FIND_BY_SLOTS, Booking.class)
                .setParameter("slots", slotIds)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** The confirmed and waiting bookings of each slot, in the order they came. */
    public Map<Long, List<Booking>> activeBookingsBySlot(Collection<Slot> slotList) {
        return bookings(slotList.stream().map(Slot::getId).toList(), ACTIVE).stream()
                .collect(Collectors.groupingBy(b -> b.getSlot().getId()));
    }

    /** Confirmed places per slot. */
    public Map<Long, Long> confirmedCounts(Collection<Long> slotIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (slotIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(
                        "SELECT b.slot.id, COUNT(b) FROM Booking b WHERE b.slot.id IN :slots "
                                + "AND b.status = org.quartiersnetz.common.entity.PlaceStatus.CONFIRMED GROUP BY b.slot.id",
                        Object[].class)
                .setParameter("slots", slotIds)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Staff put a volunteer they may see on the roster (or its waiting list); the volunteer is told. */
    public Booking assign(@NotNull Caller caller, long slotId, long volunteerId) {
        slotRows.editable(caller, slotId);
        Volunteer volunteer = lockVolunteer(volunteers.get(caller, volunteerId));
        Booking booking = join(slotRows.lock(slotId), volunteer, true);
        mails.tell(booking, "mail.slotAssigned");
        return booking;
    }

    /** Staff take a volunteer off the roster; the volunteer is told and the first waiting moves up. */
    public Booking remove(@NotNull Caller caller, long slotId, long volunteerId) {
        slotRows.editable(caller, slotId);
        Volunteer volunteer = lockVolunteer(volunteers.get(caller, volunteerId));
        Booking booking = leave(slotRows.lock(slotId), volunteer, PlaceStatus.REMOVED);
        mails.tell(booking, "mail.slotRemoved");
        return booking;
    }

    private Booking join(Slot slot, Volunteer volunteer, boolean byStaff) {
        Instant now = clock.instant();
        if (slot.hasStarted(now)) {
            throw new ConflictException(STARTED_BOOKING);
        }
        List<MissingRequirement> missing = requirements.missing(
                volunteer,
                slot.getTask(),
                slot.getStartsAt().atZone(ClockProducer.NETWORK_ZONE).toLocalDate());
        if (!missing.isEmpty()) {
            throw new ConflictException(REQUIREMENTS_MISSING, missing);
        }
        Booking booking = findBooking(slot, volunteer);
        if (booking != null && booking.getStatus().isActive()) {
            throw new ConflictException(ALREADY_BOOKED);
        }
        if (booking != null && booking.getStatus() == PlaceStatus.REMOVED && !byStaff) {
            throw new ConflictException(
                    REMOVED_BY_STAFF, slot.getTask().getCarrier().getName());
        }
        List<Booking> overlapping = em.createNamedQuery(Booking.OVERLAPPING, Booking.class)
                .setParameter("volunteer", volunteer)
                .setParameter("statuses", ACTIVE)
                .setParameter("start", slot.getStartsAt())
                .setParameter("end", slot.getEndsAt())
                .setParameter("slot", slot)
                .getResultList();
        if (!overlapping.isEmpty()) {
            Slot other = overlapping.get(0).getSlot();
            throw ConflictException.onField(
                    "slot",
                    OVERLAPS,
                    SlotTimes.format(
                            other.getStartsAt(),
                            other.getEndsAt(),
                            volunteer.getAccount().getPreferredLanguage()));
        }
        Booking taken = waitingList()
                .take(booking == null ? new Booking(slot, volunteer) : booking, slot, slot.getCapacity(), now);
        volunteer.chooseCarrier(slot.getTask().getCarrier());
        changed.fire(new VolunteerChanged(volunteer.getId()));
        return taken;
    }

    private Booking leave(Slot slot, Volunteer volunteer, PlaceStatus how) {
        Booking booking = findBooking(slot, volunteer);
        if (booking == null || !booking.getStatus().isActive()) {
            throw new NotFoundException(NOT_BOOKED);
        }
        Instant now = clock.instant();
        if (slot.hasStarted(now)) {
            throw InvalidStateException.notAllowed(STARTED, List.<PlaceStatus>of());
        }
        // unlike an enrolment, moving up in a slot changes nothing the matching knows: no VolunteerChanged
        waitingList().leave(booking, how, slot, now).ifPresent(next -> mails.tell(next, "mail.slotMovedUp"));
        return booking;
    }

    private WaitingList<Booking> waitingList() {
        return new WaitingList<>(em, Booking.class, "slot");
    }

    /**
     * One volunteer's bookings change one at a time (overlap check, carrier choice): the
     * volunteer's row is locked before the slot's, in every path, so two locks never cross.
     */
    private Volunteer lockVolunteer(Volunteer volunteer) {
        em.lock(volunteer, LockModeType.PESSIMISTIC_WRITE);
        return volunteer;
    }

    /** Closing a task takes everybody off its coming slots; they are told. */
    public void releaseComing(Task task) {
        List<Slot> coming = em.createNamedQuery(Slot.FIND_BY_TASK, Slot.class)
                .setParameter("task", task)
                .setParameter("from", clock.instant())
                .getResultList();
        Instant now = clock.instant();
        for (Booking booking : bookings(coming.stream().map(Slot::getId).toList(), ACTIVE)) {
            booking.moveTo(PlaceStatus.REMOVED, now);
            mails.tell(booking, "mail.slotRemoved");
        }
    }

    private Booking findBooking(Slot slot, Volunteer volunteer) {
        List<Booking> found = em.createNamedQuery(Booking.FIND, Booking.class)
                .setParameter("slot", slot)
                .setParameter("volunteer", volunteer)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}

package org.quartiersnetz.task.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.InvalidStateException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.task.control.BookingMails;
import org.quartiersnetz.task.control.Requirements;
import org.quartiersnetz.task.control.SlotRule;
import org.quartiersnetz.task.control.SlotTimes;
import org.quartiersnetz.task.control.TaskAccess;
import org.quartiersnetz.task.entity.Booking;
import org.quartiersnetz.task.entity.BookingStatus;
import org.quartiersnetz.task.entity.MissingRequirement;
import org.quartiersnetz.task.entity.Slot;
import org.quartiersnetz.task.entity.Task;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * Dated slots of slot-based tasks: staff plan them and keep the roster; volunteers book and cancel
 * them. A slot's row is locked while its places are counted, so it is never overbooked, also
 * when two people take the last place at the same moment; whoever comes later waits in line
 * and moves up, with a mail, when a place frees.
 */
@Stateless
public class SlotService {

    static final String NOT_SLOT_BASED = "slot.notSlotBased";
    static final String TIMES_REVERSED = "slot.timesReversed";
    static final String UNTIL_BEFORE_FROM = "slot.untilBeforeFrom";
    static final String TOO_MANY = "slot.tooMany";
    static final String IN_PAST = "slot.inPast";
    static final String UNKNOWN = "slot.unknown";
    static final String HAS_BOOKINGS = "slot.hasBookings";
    static final String STARTED_BOOKING = "slot.startedBooking";
    static final String REMOVED_BY_STAFF = "slot.removedByStaff";
    static final String ALREADY_BOOKED = "slot.alreadyBooked";
    static final String OVERLAPS = "slot.overlaps";
    static final String REQUIREMENTS_MISSING = "slot.requirementsMissing";
    static final String NOT_BOOKED = "slot.notBooked";
    static final String STARTED = "slot.started";
    static final Set<BookingStatus> ACTIVE = EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.WAITING);

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<org.quartiersnetz.common.control.VolunteerChanged> changed;

    @Inject
    Clock clock;

    @Inject
    TaskAccess access;

    @Inject
    Requirements requirements;

    @Inject
    VolunteerService volunteers;

    @Inject
    BookingMails mails;

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
        editable(caller, slotId);
        Slot slot = lock(slotId);
        if (!bookings(List.of(slot.getId()), ACTIVE).isEmpty()) {
            throw new ConflictException(HAS_BOOKINGS);
        }
        em.createQuery("DELETE FROM Booking b WHERE b.slot = :slot")
                .setParameter("slot", slot)
                .executeUpdate();
        em.remove(slot);
    }

    /** The signed-in volunteer books a place, or a place on the waiting list when the slot is full. */
    public Booking book(@NotNull Caller caller, long slotId) {
        Volunteer volunteer = lockVolunteer(volunteers.getOwn(caller));
        Slot slot = lock(slotId);
        if (!slot.getTask().getStatus().isOnBoard()) {
            throw new NotFoundException(UNKNOWN);
        }
        return join(slot, volunteer, false);
    }

    /** The signed-in volunteer gives up their place or leaves the waiting list; not after the start. */
    public Booking cancel(@NotNull Caller caller, long slotId) {
        Volunteer volunteer = lockVolunteer(volunteers.getOwn(caller));
        Slot slot = lock(slotId);
        return leave(slot, volunteer, BookingStatus.CANCELLED);
    }

    /** The volunteer's bookings that have not ended yet, soonest first. */
    public List<Booking> own(@NotNull Caller caller) {
        return em.createNamedQuery(Booking.FIND_OWN, Booking.class)
                .setParameter("volunteer", volunteers.getOwn(caller))
                .setParameter("statuses", ACTIVE)
                .setParameter("from", clock.instant())
                .getResultList();
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

    /** Confirmed and waiting bookings of the slots, in the order they came. */
    public List<Booking> bookings(Collection<Long> slotIds, Set<BookingStatus> statuses) {
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
                .collect(java.util.stream.Collectors.groupingBy(b -> b.getSlot().getId()));
    }

    /** Confirmed places per slot. */
    public Map<Long, Long> confirmedCounts(Collection<Long> slotIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (slotIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(
                        "SELECT b.slot.id, COUNT(b) FROM Booking b WHERE b.slot.id IN :slots "
                                + "AND b.status = org.quartiersnetz.task.entity.BookingStatus.CONFIRMED GROUP BY b.slot.id",
                        Object[].class)
                .setParameter("slots", slotIds)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Staff put a volunteer they may see on the roster (or its waiting list); the volunteer is told. */
    public Booking assign(@NotNull Caller caller, long slotId, long volunteerId) {
        editable(caller, slotId);
        Volunteer volunteer = lockVolunteer(volunteers.get(caller, volunteerId));
        Booking booking = join(lock(slotId), volunteer, true);
        mails.tell(booking, "mail.slotAssigned");
        return booking;
    }

    /** Staff take a volunteer off the roster; the volunteer is told and the first waiting moves up. */
    public Booking remove(@NotNull Caller caller, long slotId, long volunteerId) {
        editable(caller, slotId);
        Volunteer volunteer = lockVolunteer(volunteers.get(caller, volunteerId));
        Booking booking = leave(lock(slotId), volunteer, BookingStatus.REMOVED);
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
        if (booking != null && booking.getStatus() == BookingStatus.REMOVED && !byStaff) {
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
        long confirmed = em.createNamedQuery(Booking.COUNT, Long.class)
                .setParameter("slot", slot)
                .setParameter("status", BookingStatus.CONFIRMED)
                .getSingleResult();
        if (booking == null) {
            booking = new Booking(slot, volunteer);
            em.persist(booking);
        }
        booking.request(confirmed < slot.getCapacity() ? BookingStatus.CONFIRMED : BookingStatus.WAITING, now);
        volunteer.chooseCarrier(slot.getTask().getCarrier());
        changed.fire(new org.quartiersnetz.common.control.VolunteerChanged(volunteer.getId()));
        return booking;
    }

    private Booking leave(Slot slot, Volunteer volunteer, BookingStatus how) {
        Booking booking = findBooking(slot, volunteer);
        if (booking == null || !booking.getStatus().isActive()) {
            throw new NotFoundException(NOT_BOOKED);
        }
        Instant now = clock.instant();
        if (slot.hasStarted(now)) {
            throw InvalidStateException.notAllowed(STARTED, List.<BookingStatus>of());
        }
        boolean freesPlace = booking.getStatus() == BookingStatus.CONFIRMED;
        booking.moveTo(how, now);
        if (freesPlace) {
            moveUp(slot, now);
        }
        return booking;
    }

    private void moveUp(Slot slot, Instant now) {
        List<Booking> waiting = em.createNamedQuery(Booking.FIRST_WAITING, Booking.class)
                .setParameter("slot", slot)
                .setMaxResults(1)
                .getResultList();
        if (!waiting.isEmpty()) {
            Booking next = waiting.get(0);
            next.moveTo(BookingStatus.CONFIRMED, now);
            mails.tell(next, "mail.slotMovedUp");
        }
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
            booking.moveTo(BookingStatus.REMOVED, now);
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

    private Slot lock(long slotId) {
        Slot slot = em.find(Slot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null) {
            throw new NotFoundException(UNKNOWN);
        }
        return slot;
    }

    private Slot editable(Caller caller, long slotId) {
        Slot slot = em.find(Slot.class, slotId);
        if (slot == null) {
            throw new NotFoundException(UNKNOWN);
        }
        try {
            access.requireEditable(caller, slot.getTask());
        } catch (NotFoundException e) {
            throw new NotFoundException(UNKNOWN);
        }
        return slot;
    }
}

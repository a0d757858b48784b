package org.quartiersnetz.task.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.quartiersnetz.common.entity.PlaceRequest;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * A volunteer's booking of a slot. One row per slot and volunteer: booking again after a
 * cancellation reuses it, with a new place in the queue.
 */
@Entity
@Table(name = "slot_booking")
@NamedQuery(name = Booking.FIND, query = "SELECT b FROM Booking b WHERE b.slot = :slot AND b.volunteer = :volunteer")
@NamedQuery(
        name = Booking.FIND_BY_SLOTS,
        query = "SELECT b FROM Booking b JOIN FETCH b.volunteer "
                + "WHERE b.slot.id IN :slots AND b.status IN :statuses ORDER BY b.requestedAt, b.id")
@NamedQuery(
        name = Booking.OVERLAPPING,
        query = "SELECT b FROM Booking b JOIN FETCH b.slot s WHERE b.volunteer = :volunteer "
                + "AND b.status IN :statuses AND s.startsAt < :end AND s.endsAt > :start AND s <> :slot")
@NamedQuery(
        name = Booking.FIND_OWN,
        query = "SELECT b FROM Booking b JOIN FETCH b.slot s JOIN FETCH s.task "
                + "WHERE b.volunteer = :volunteer AND b.status IN :statuses AND s.endsAt > :from ORDER BY s.startsAt")
@NamedQuery(
        name = Booking.DUE_REMINDERS,
        query =
                "SELECT b FROM Booking b WHERE b.status = "
                        + "org.quartiersnetz.common.entity.PlaceStatus.CONFIRMED "
                        + "AND b.slot.startsAt >= :from AND b.slot.startsAt < :until "
                        + "AND b.slot.task.status IN (org.quartiersnetz.task.entity.TaskStatus.OPEN, "
                        + "org.quartiersnetz.task.entity.TaskStatus.PARTLY_FILLED, org.quartiersnetz.task.entity.TaskStatus.FILLED)")
public class Booking extends PlaceRequest {

    public static final String FIND = "Booking.find";
    public static final String FIND_BY_SLOTS = "Booking.findBySlots";
    public static final String OVERLAPPING = "Booking.overlapping";
    public static final String FIND_OWN = "Booking.findOwn";
    public static final String DUE_REMINDERS = "Booking.dueReminders";

    @Id
    @SequenceGenerator(name = "slot_booking_seq", sequenceName = "slot_booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_booking_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "slot_id", nullable = false)
    private Slot slot;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    protected Booking() {}

    public Booking(Slot slot, Volunteer volunteer) {
        this.slot = slot;
        this.volunteer = volunteer;
    }

    public Long getId() {
        return id;
    }

    public Slot getSlot() {
        return slot;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }
}

package org.quartiersnetz.task.entity;

/** A volunteer's place in a slot: booked, on the waiting list, or no longer there. */
public enum BookingStatus {
    CONFIRMED,
    WAITING,
    CANCELLED,
    REMOVED;

    public boolean isActive() {
        return this == CONFIRMED || this == WAITING;
    }
}

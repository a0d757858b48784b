package org.quartiersnetz.common.entity;

/**
 * Where a request for a place stands (a booked slot, an enrolment in a course run): confirmed, on
 * the waiting list, or no longer there, having cancelled or been taken off by staff.
 */
public enum PlaceStatus {
    CONFIRMED,
    WAITING,
    CANCELLED,
    REMOVED;

    public boolean isActive() {
        return this == CONFIRMED || this == WAITING;
    }
}

package org.quartiersnetz.training.entity;

/** A volunteer's place in a course run: confirmed, on the waiting list, or given up. */
public enum EnrolmentStatus {
    CONFIRMED,
    WAITING,
    CANCELLED;

    public boolean isActive() {
        return this != CANCELLED;
    }
}

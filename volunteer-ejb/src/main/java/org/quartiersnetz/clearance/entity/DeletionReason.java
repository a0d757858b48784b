package org.quartiersnetz.clearance.entity;

/** Why §72a(5) SGB VIII requires an inspection record to be deleted. */
public enum DeletionReason {
    /** Inspected, but no activity was taken up within the grace period. */
    NO_ACTIVITY_TAKEN_UP,
    /** The last activity ended longer ago than the configured keeping time. */
    AFTER_LAST_ACTIVITY
}

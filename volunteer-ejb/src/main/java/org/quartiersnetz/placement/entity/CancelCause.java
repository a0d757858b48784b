package org.quartiersnetz.placement.entity;

/** Why a placement was cancelled before it became active. */
public enum CancelCause {
    BY_STAFF,
    BY_VOLUNTEER,
    /** The last place went to somebody else while the proposal was open. */
    TASK_FILLED,
    /** The carrier closed the task while the proposal was open. */
    TASK_CLOSED
}

package org.quartiersnetz.placement.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a placement stands. Staff propose; the volunteer accepts or declines; staff record the
 * intro meeting, for tandem types (godparent schemes) the tandem steps, then active and ended.
 * Who may take which step is {@link PlacementLifecycle}'s business.
 */
public enum PlacementStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    INTRO_MEETING,
    GETTING_TO_KNOW,
    TRIAL_PERIOD,
    ACTIVE,
    ENDED,
    CANCELLED;

    private static final Set<PlacementStatus> HOLDING =
            EnumSet.of(ACCEPTED, INTRO_MEETING, GETTING_TO_KNOW, TRIAL_PERIOD, ACTIVE);

    /** The volunteer takes one of the task's places: from accepting until ended or cancelled. */
    public boolean holdsPlace() {
        return HOLDING.contains(this);
    }

    public boolean isFinal() {
        return this == DECLINED || this == ENDED || this == CANCELLED;
    }

    /** The states that hold a place, for queries. */
    public static Set<PlacementStatus> holding() {
        return EnumSet.copyOf(HOLDING);
    }

    /** Proposed or holding a place: the volunteer is in play for the task. */
    public static Set<PlacementStatus> live() {
        Set<PlacementStatus> live = holding();
        live.add(PROPOSED);
        return live;
    }
}

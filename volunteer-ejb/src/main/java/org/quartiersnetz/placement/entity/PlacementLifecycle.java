package org.quartiersnetz.placement.entity;

import static org.quartiersnetz.placement.entity.PlacementStatus.ACCEPTED;
import static org.quartiersnetz.placement.entity.PlacementStatus.ACTIVE;
import static org.quartiersnetz.placement.entity.PlacementStatus.CANCELLED;
import static org.quartiersnetz.placement.entity.PlacementStatus.DECLINED;
import static org.quartiersnetz.placement.entity.PlacementStatus.ENDED;
import static org.quartiersnetz.placement.entity.PlacementStatus.GETTING_TO_KNOW;
import static org.quartiersnetz.placement.entity.PlacementStatus.INTRO_MEETING;
import static org.quartiersnetz.placement.entity.PlacementStatus.PROPOSED;
import static org.quartiersnetz.placement.entity.PlacementStatus.TRIAL_PERIOD;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps a placement may take, and whose they are: the volunteer answers a proposal and may
 * withdraw until the placement is active; staff do the rest. Tandem types (godparent schemes) go
 * from the intro meeting through getting to know each other and a trial period to the agreement;
 * other types become active after the intro meeting.
 */
public final class PlacementLifecycle {

    /** Who takes a step. */
    public enum Actor {
        VOLUNTEER,
        STAFF
    }

    private PlacementLifecycle() {}

    public static Set<PlacementStatus> next(PlacementStatus from, boolean tandem, Actor actor) {
        return actor == Actor.VOLUNTEER ? byVolunteer(from) : byStaff(from, tandem);
    }

    private static Set<PlacementStatus> byVolunteer(PlacementStatus from) {
        return switch (from) {
            case PROPOSED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, INTRO_MEETING, GETTING_TO_KNOW, TRIAL_PERIOD -> EnumSet.of(CANCELLED);
            default -> EnumSet.noneOf(PlacementStatus.class);
        };
    }

    private static Set<PlacementStatus> byStaff(PlacementStatus from, boolean tandem) {
        return switch (from) {
            case PROPOSED -> EnumSet.of(CANCELLED);
            case ACCEPTED -> EnumSet.of(INTRO_MEETING, CANCELLED);
            // the intro meeting may be moved to another date
            case INTRO_MEETING -> EnumSet.of(INTRO_MEETING, tandem ? GETTING_TO_KNOW : ACTIVE, CANCELLED);
            case GETTING_TO_KNOW -> EnumSet.of(TRIAL_PERIOD, CANCELLED);
            case TRIAL_PERIOD -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE -> EnumSet.of(ENDED);
            default -> EnumSet.noneOf(PlacementStatus.class);
        };
    }
}

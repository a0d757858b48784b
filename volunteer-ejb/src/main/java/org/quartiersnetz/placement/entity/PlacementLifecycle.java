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

    /** What a step must carry besides who takes it, named by the input field that gives it. */
    public enum Detail {
        MEETING_AT("meetingAt", "placement.meetingRequired"),
        REASON("reason", "placement.reasonRequired"),
        FAMILY_CONSENT("familyConsent", "placement.familyConsentRequired");

        private final String field;
        private final String messageKey;

        Detail(String field, String messageKey) {
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PlacementLifecycle() {}

    /** The details a step to this status must carry: a date for the intro meeting, a reason to end, the family's consent to a tandem. */
    public static Set<Detail> required(PlacementStatus to, boolean tandem) {
        return switch (to) {
            case INTRO_MEETING -> EnumSet.of(Detail.MEETING_AT);
            case ENDED, CANCELLED -> EnumSet.of(Detail.REASON);
            case ACTIVE -> tandem ? EnumSet.of(Detail.FAMILY_CONSENT) : EnumSet.noneOf(Detail.class);
            default -> EnumSet.noneOf(Detail.class);
        };
    }

    /**
     * Whether the step begins contact with the family (getting to know each other, the trial period,
     * the task itself): then everything the type requires must be in place that day, §72a above all.
     */
    public static boolean meetsFamily(PlacementStatus to) {
        return to == GETTING_TO_KNOW || to == TRIAL_PERIOD || to == ACTIVE;
    }

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

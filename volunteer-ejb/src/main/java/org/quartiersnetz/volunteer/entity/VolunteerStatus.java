package org.quartiersnetz.volunteer.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a volunteer: APPLIED (signed up, e-mail confirmed) → INTERVIEWED (first talk with a
 * carrier) → ACTIVE ↔ PAUSED → LEFT. Only ACTIVE volunteers are matched.
 */
public enum VolunteerStatus {
    APPLIED,
    INTERVIEWED,
    ACTIVE,
    PAUSED,
    LEFT;

    /** The statuses that may follow this one. */
    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(INTERVIEWED, LEFT);
            case INTERVIEWED -> EnumSet.of(ACTIVE, LEFT);
            case ACTIVE -> EnumSet.of(PAUSED, LEFT);
            case PAUSED -> EnumSet.of(ACTIVE, LEFT);
            case LEFT -> EnumSet.noneOf(VolunteerStatus.class);
        };
    }

    /** What a volunteer may do on their own: pause, come back from a pause, leave. */
    public Set<VolunteerStatus> nextBySelf() {
        Set<VolunteerStatus> self = EnumSet.noneOf(VolunteerStatus.class);
        for (VolunteerStatus to : next()) {
            if (to == LEFT || to == PAUSED || this == PAUSED && to == ACTIVE) {
                self.add(to);
            }
        }
        return self;
    }

    public boolean requiresReason(VolunteerStatus to) {
        return to == LEFT;
    }
}

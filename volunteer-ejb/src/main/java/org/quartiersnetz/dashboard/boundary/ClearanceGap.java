package org.quartiersnetz.dashboard.boundary;

import java.time.LocalDate;
import org.quartiersnetz.common.control.Bilingual;

/**
 * A placement in a task needing §72a clearance whose volunteer's clearance for the carrier is
 * missing, due, or due within the horizon ({@code DUE_SOON}); the renewal day only for the carrier
 * (the network coordinator sees no inspection).
 */
public record ClearanceGap(
        long placementId,
        long volunteerId,
        String volunteerName,
        long taskId,
        Bilingual title,
        String carrier,
        String placementStatus,
        Gap gap,
        LocalDate renewalDueOn) {

    /** Why the placement appears: no inspection (or a conviction, to the network), renewal due, due soon. */
    public enum Gap {
        MISSING,
        CONVICTION,
        DUE,
        DUE_SOON
    }
}

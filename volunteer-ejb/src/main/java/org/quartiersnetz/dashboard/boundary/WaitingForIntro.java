package org.quartiersnetz.dashboard.boundary;

import java.time.Instant;
import org.quartiersnetz.common.control.Bilingual;

/**
 * A placement the volunteer accepted that waits for its intro meeting: none set yet, or set (and
 * perhaps already past) without the next step taken.
 */
public record WaitingForIntro(
        long placementId,
        long volunteerId,
        String volunteerName,
        long taskId,
        Bilingual title,
        String carrier,
        Instant acceptedAt,
        Instant meetingAt,
        long daysWaiting) {}

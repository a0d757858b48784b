package org.quartiersnetz.dashboard.boundary;

import java.time.LocalDate;
import org.quartiersnetz.common.control.Bilingual;

/** A placed volunteer's latest qualification of a course that has expired or expires within the horizon. */
public record ExpiringQualification(
        long volunteerId,
        String volunteerName,
        String course,
        Bilingual title,
        LocalDate validUntil,
        boolean expired) {}

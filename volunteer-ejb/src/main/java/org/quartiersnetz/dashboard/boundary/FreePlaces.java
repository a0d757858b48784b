package org.quartiersnetz.dashboard.boundary;

import java.time.Instant;
import org.quartiersnetz.common.control.Bilingual;

/**
 * A coming group supervision session or course run with places left: what (the session's kind or
 * the course), when it begins, where, whose (carrier code; null: the network's), places and taken.
 */
public record FreePlaces(
        Kind kind,
        long id,
        String what,
        Bilingual title,
        Instant startsAt,
        String place,
        String carrier,
        int capacity,
        long taken) {

    public enum Kind {
        SUPERVISION,
        COURSE
    }

    public long free() {
        return Math.max(0, capacity - taken);
    }
}

package org.quartiersnetz.supervision.rest;

import java.time.Instant;
import org.quartiersnetz.supervision.entity.SupervisionKind;
import org.quartiersnetz.supervision.entity.SupervisionSession;

/** A supervision session as everybody who may see it sees it: never its attendance or notes. */
public record SessionResponse(
        long id,
        String carrier,
        SupervisionKind kind,
        String supervisor,
        Instant startsAt,
        int durationMinutes,
        String place,
        String topics,
        int capacity,
        long placesLeft) {

    static SessionResponse of(SupervisionSession s, String supervisor, long placesLeft) {
        return new SessionResponse(
                s.getId(),
                s.getCarrier() == null ? null : s.getCarrier().getCode(),
                s.getKind(),
                supervisor,
                s.getStartsAt(),
                s.getDurationMinutes(),
                s.getPlace(),
                s.getTopics(),
                s.getCapacity(),
                placesLeft);
    }
}

package org.quartiersnetz.family.rest;

import java.time.Instant;
import org.quartiersnetz.family.entity.Family;

/** A family in a list: its code only, so that listing reads nothing about it. */
public record FamilySummary(long id, String code, Instant createdAt) {

    static FamilySummary of(Family f) {
        return new FamilySummary(f.getId(), f.getCode(), f.getCreatedAt());
    }
}

package org.quartiersnetz.family.rest;

import java.time.Instant;
import java.util.List;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.family.entity.AgeBand;
import org.quartiersnetz.family.entity.Family;

/** One family's data: the code and what matters for a task, never a name. */
public record FamilyResponse(
        long id,
        String carrier,
        String code,
        List<String> languages,
        List<AgeBand> ageBands,
        String needs,
        Instant createdAt) {

    public static FamilyResponse of(Family f) {
        Carrier carrier = f.getCarrier();
        return new FamilyResponse(
                f.getId(),
                carrier.getCode(),
                f.getCode(),
                f.getLanguages(),
                f.getAgeBands(),
                f.getNeeds(),
                f.getCreatedAt());
    }
}

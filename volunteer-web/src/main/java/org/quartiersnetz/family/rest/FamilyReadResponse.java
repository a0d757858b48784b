package org.quartiersnetz.family.rest;

import java.time.Instant;
import org.quartiersnetz.family.entity.FamilyRead;
import org.quartiersnetz.family.entity.ReadPurpose;

/** One entry of a family's audit trail: who read it, when and why. */
public record FamilyReadResponse(String account, Instant readAt, ReadPurpose purpose) {

    static FamilyReadResponse of(FamilyRead r) {
        return new FamilyReadResponse(r.getAccount().getEmail(), r.getReadAt(), r.getPurpose());
    }
}

package org.quartiersnetz.clearance.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.quartiersnetz.clearance.entity.ClearanceCheck;

/** One inspection as the staff who may see it read it: the allowed data, nothing more. */
public record ClearanceResponse(
        long id,
        long volunteerId,
        String carrier,
        String inspectedBy,
        LocalDate inspectedOn,
        LocalDate certificateIssuedOn,
        boolean relevantConviction,
        LocalDate renewalDueOn,
        LocalDate lastActivityOn,
        Instant createdAt) {

    static ClearanceResponse of(ClearanceCheck c) {
        return new ClearanceResponse(
                c.getId(),
                c.getVolunteer().getId(),
                c.getCarrier().getCode(),
                c.getInspectedBy().getEmail(),
                c.getInspectedOn(),
                c.getCertificateIssuedOn(),
                c.isRelevantConviction(),
                c.getRenewalDueOn(),
                c.getLastActivityOn(),
                c.getCreatedAt());
    }
}

package org.quartiersnetz.clearance.rest;

import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.clearance.entity.ClearanceCheck;

/** A volunteer's own inspections (by all carriers) and whether the carriers may share them. */
public record OwnClearanceResponse(boolean shareConsent, List<Inspection> inspections) {

    /** One inspection, without the staff member's account. */
    public record Inspection(
            String carrier,
            LocalDate inspectedOn,
            LocalDate certificateIssuedOn,
            boolean relevantConviction,
            LocalDate renewalDueOn) {

        static Inspection of(ClearanceCheck c) {
            return new Inspection(
                    c.getCarrier().getCode(),
                    c.getInspectedOn(),
                    c.getCertificateIssuedOn(),
                    c.isRelevantConviction(),
                    c.getRenewalDueOn());
        }
    }

    static OwnClearanceResponse of(boolean consent, List<ClearanceCheck> checks) {
        return new OwnClearanceResponse(
                consent, checks.stream().map(Inspection::of).toList());
    }
}

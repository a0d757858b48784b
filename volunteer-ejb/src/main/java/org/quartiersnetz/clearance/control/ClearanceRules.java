package org.quartiersnetz.clearance.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Optional;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.clearance.entity.DeletionReason;

/** The §72a rules as pure functions of dates and periods, so that they are tested without a container. */
public record ClearanceRules(
        Period maxCertificateAge, Period renewalAfter, Period noActivityGrace, Period keepAfterActivity) {

    /** The facts of one inspection the rules need. */
    public record Facts(
            LocalDate inspectedOn, LocalDate renewalDueOn, boolean relevantConviction, LocalDate lastActivityOn) {}

    /** Whether a certificate issued on this day may still be accepted at an inspection on that day. */
    public boolean tooOld(LocalDate issuedOn, LocalDate inspectedOn) {
        return issuedOn.plus(maxCertificateAge).isBefore(inspectedOn);
    }

    public LocalDate renewalDue(LocalDate issuedOn) {
        return issuedOn.plus(renewalAfter);
    }

    /**
     * The status on a day from the inspections a carrier may rely on: any relevant conviction wins,
     * then one whose renewal is not yet due, then one that is due; none is MISSING.
     */
    public static ClearanceStatus status(Collection<Facts> checks, LocalDate on) {
        if (checks.stream().anyMatch(Facts::relevantConviction)) {
            return ClearanceStatus.CONVICTION;
        } else if (checks.stream().anyMatch(c -> on.isBefore(c.renewalDueOn()))) {
            return ClearanceStatus.VALID;
        }
        return checks.isEmpty() ? ClearanceStatus.MISSING : ClearanceStatus.DUE;
    }

    /** Why the inspection must be deleted on this day, or empty when it may be kept. */
    public Optional<DeletionReason> deletionReason(Facts check, LocalDate today) {
        if (check.lastActivityOn() == null) {
            return check.inspectedOn().plus(noActivityGrace).isBefore(today)
                    ? Optional.of(DeletionReason.NO_ACTIVITY_TAKEN_UP)
                    : Optional.empty();
        }
        return check.lastActivityOn().plus(keepAfterActivity).isBefore(today)
                ? Optional.of(DeletionReason.AFTER_LAST_ACTIVITY)
                : Optional.empty();
    }
}

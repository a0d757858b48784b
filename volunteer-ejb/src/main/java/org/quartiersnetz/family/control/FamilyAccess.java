package org.quartiersnetz.family.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartiersnetz.common.control.ForbiddenException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;

/**
 * The one place that decides who sees a family: the staff and coordinators of the owning carrier,
 * nobody else (not the round table, not administrators). For everyone else a family does not
 * exist (404). Of the owners, only coordinators see who read it.
 */
@ApplicationScoped
public class FamilyAccess {

    public static final String NOT_FOUND = "family.unknown";
    static final String AUDIT_COORDINATORS_ONLY = "family.reads.coordinatorsOnly";

    /** The carrier whose families the caller keeps. */
    public long requireCarrier(Caller caller) {
        if (!caller.isCarrierStaff()) {
            throw new NotFoundException(NOT_FOUND);
        }
        return caller.carrierId();
    }

    public boolean canSee(Caller caller, Family family) {
        return family != null
                && caller.isCarrierStaff()
                && family.getCarrier().getId().equals(caller.carrierId());
    }

    public Family requireVisible(Caller caller, Family family) {
        if (!canSee(caller, family)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return family;
    }

    /** The audit trail: the owning carrier's coordinators; its staff know the family exists, so 403. */
    public Family requireAuditVisible(Caller caller, Family family) {
        requireVisible(caller, family);
        if (!caller.is(Role.CARRIER_COORDINATOR)) {
            throw new ForbiddenException(AUDIT_COORDINATORS_ONLY);
        }
        return family;
    }
}

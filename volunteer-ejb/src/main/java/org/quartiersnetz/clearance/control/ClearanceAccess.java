package org.quartiersnetz.clearance.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.common.control.ForbiddenException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;

/**
 * The one place that decides who sees an inspection: the staff of the inspecting carrier, and
 * staff of the other carriers only with the volunteer's consent (both only for volunteers they
 * may see at all). The round table and administrators see none; volunteers see their own through
 * their own endpoint. Retention runs belong to a carrier's coordinators (their carrier's records)
 * and administrators (all).
 */
@ApplicationScoped
public class ClearanceAccess {

    public static final String NOT_FOUND = "clearance.unknown";
    static final String RETENTION_FORBIDDEN = "clearance.retentionForbidden";

    /** The carrier on whose behalf the caller inspects. */
    public long requireCarrier(Caller caller) {
        if (!caller.isCarrierStaff()) {
            throw new NotFoundException(NOT_FOUND);
        }
        return caller.carrierId();
    }

    /** Whether a carrier may rely on (and its staff see) this inspection, given the volunteer's consent. */
    public static boolean visibleTo(long carrierId, ClearanceCheck check, boolean consent) {
        return consent || check.getCarrier().getId() == carrierId;
    }

    /** The carrier whose records a retention run covers; empty: all carriers (administrators). */
    public Optional<Long> retentionScope(Caller caller) {
        if (caller.is(Role.ADMINISTRATOR)) {
            return Optional.empty();
        } else if (caller.is(Role.CARRIER_COORDINATOR) && caller.carrierId() != null) {
            return Optional.of(caller.carrierId());
        }
        throw new ForbiddenException(RETENTION_FORBIDDEN);
    }
}

package org.quartiersnetz.placement.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;

/**
 * Who sees and moves a placement: the volunteer their own; the task's carrier's staff and
 * coordinators theirs; the network coordinator reads all (and proposes), but only the carrier takes
 * it through its steps. For everybody else it does not exist (404).
 */
@ApplicationScoped
public class PlacementAccess {

    public static final String NOT_FOUND = "placement.unknown";

    public Placement requireReadable(Caller caller, Placement placement) {
        if (placement == null
                || !(caller.is(Role.NETWORK_COORDINATOR)
                        || isCarrierOf(caller, placement)
                        || isVolunteerOf(caller, placement))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return placement;
    }

    public boolean isCarrierOf(Caller caller, Placement placement) {
        return caller.isCarrierStaff() && caller.carrierId() == placement.getCarrierId();
    }

    public boolean isVolunteerOf(Caller caller, Placement placement) {
        return caller.is(Role.VOLUNTEER)
                && placement.getVolunteer().getAccount().getId() == caller.accountId();
    }
}

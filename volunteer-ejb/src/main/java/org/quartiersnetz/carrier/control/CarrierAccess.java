package org.quartiersnetz.carrier.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;

/**
 * Who may keep a carrier's records (sites) and see its staff: administrators all carriers, a
 * carrier's coordinators their own; other carriers' records do not exist for them.
 */
@ApplicationScoped
public class CarrierAccess {

    public Carrier requireManageable(Caller caller, Carrier carrier) {
        boolean own = caller.is(Role.CARRIER_COORDINATOR) && carrier.getId().equals(caller.carrierId());
        if (!caller.is(Role.ADMINISTRATOR) && !own) {
            throw new NotFoundException("carrier.unknown");
        }
        return carrier;
    }

    /** Administrators and network coordinators see all staff; a carrier's staff their colleagues. */
    public boolean seesAllStaff(Caller caller) {
        return caller.is(Role.ADMINISTRATOR) || caller.is(Role.NETWORK_COORDINATOR);
    }
}

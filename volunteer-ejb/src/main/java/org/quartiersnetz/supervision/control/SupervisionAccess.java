package org.quartiersnetz.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.supervision.entity.SupervisionSession;

/**
 * Who sees and keeps a supervision session: its carrier's staff and coordinators keep it (the
 * network coordinator the network office's), its supervisor holds it, the network coordinator reads
 * all. The confidential notes are the supervisor's and the carrier's coordinators' alone. For
 * everybody else a session does not exist (404).
 */
@ApplicationScoped
public class SupervisionAccess {

    public static final String UNKNOWN = "supervision.unknown";

    public SupervisionSession requireReadable(Caller caller, SupervisionSession session) {
        if (session == null
                || !(keeps(caller, session) || supervises(caller, session) || caller.is(Role.NETWORK_COORDINATOR))) {
            throw new NotFoundException(UNKNOWN);
        }
        return session;
    }

    /** Records attendance: who keeps the session, and its supervisor. */
    public SupervisionSession requireRecording(Caller caller, SupervisionSession session) {
        if (session == null || !(keeps(caller, session) || supervises(caller, session))) {
            throw new NotFoundException(UNKNOWN);
        }
        return session;
    }

    public SupervisionSession requireNotes(Caller caller, SupervisionSession session) {
        if (session == null || !(supervises(caller, session) || coordinates(caller, session))) {
            throw new NotFoundException(UNKNOWN);
        }
        return session;
    }

    public boolean keeps(Caller caller, SupervisionSession session) {
        if (session.getCarrier() == null) {
            return caller.is(Role.NETWORK_COORDINATOR);
        }
        return caller.isCarrierStaff() && session.getCarrier().getId().equals(caller.carrierId());
    }

    public boolean supervises(Caller caller, SupervisionSession session) {
        return session.getSupervisor().getId() == caller.accountId();
    }

    /** The coordinators responsible for the session: the carrier's, or for the network office's the round table. */
    public boolean coordinates(Caller caller, SupervisionSession session) {
        if (session.getCarrier() == null) {
            return caller.is(Role.NETWORK_COORDINATOR);
        }
        return caller.is(Role.CARRIER_COORDINATOR)
                && session.getCarrier().getId().equals(caller.carrierId());
    }
}

package org.quartiersnetz.task.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.task.entity.Task;

/**
 * Who may see and keep a carrier's tasks: its staff and coordinators keep their own; the network
 * coordinator reads all of them (without family data). Other carriers' tasks do not exist for them.
 */
@ApplicationScoped
public class TaskAccess {

    public static final String UNKNOWN = "task.unknown";

    /** The task, if the caller may read it; a missing task (null) or another carrier's is not found. */
    public Task requireReadable(Caller caller, Task task) {
        if (task == null || !caller.is(Role.NETWORK_COORDINATOR) && !isOwn(caller, task)) {
            throw new NotFoundException(UNKNOWN);
        }
        return task;
    }

    public Task requireEditable(Caller caller, Task task) {
        if (task == null || !isOwn(caller, task)) {
            throw new NotFoundException(UNKNOWN);
        }
        return task;
    }

    /** The carrier whose tasks the caller reads, or null for all carriers. */
    public Long carrierScope(Caller caller) {
        return caller.is(Role.NETWORK_COORDINATOR) ? null : caller.carrierId();
    }

    /** Family codes and staff notes stay with the owning carrier's staff. */
    public boolean seesInternals(Caller caller, Task task) {
        return isOwn(caller, task);
    }

    /** Staff of the task's carrier: they keep it (the one rule for "staff of this carrier"). */
    public boolean isOwn(Caller caller, Task task) {
        return caller.isCarrierStaff() && task.getCarrier().getId().equals(caller.carrierId());
    }
}

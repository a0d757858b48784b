package org.quartiersnetz.task.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.task.entity.Slot;

/** A slot found for a change: its row locked while places are counted, or checked editable by the caller. */
@Dependent
public class SlotRows {

    public static final String UNKNOWN = "slot.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskAccess access;

    public Slot lock(long slotId) {
        Slot slot = em.find(Slot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
        if (slot == null) {
            throw new NotFoundException(UNKNOWN);
        }
        return slot;
    }

    public Slot editable(Caller caller, long slotId) {
        Slot slot = em.find(Slot.class, slotId);
        if (slot == null) {
            throw new NotFoundException(UNKNOWN);
        }
        try {
            access.requireEditable(caller, slot.getTask());
        } catch (NotFoundException e) {
            throw new NotFoundException(UNKNOWN);
        }
        return slot;
    }
}

package org.quartiersnetz.reminder.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.reminder.entity.ReminderKind;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Which reminders a volunteer gets: all, except those they switched off. */
@Stateless
public class ReminderPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerService volunteers;

    public Set<ReminderKind> wanted(@NotNull Caller caller) {
        return wanted(volunteers.getOwn(caller).getId());
    }

    /** Keeps the volunteer's choice: exactly these reminders on. */
    public Set<ReminderKind> choose(@NotNull Caller caller, @NotNull Set<ReminderKind> wanted) {
        long volunteerId = volunteers.getOwn(caller).getId();
        // two saves at once: one after the other, the last one wins (no duplicate key)
        em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
        NativeQuery.of("DELETE FROM reminder_opt_out WHERE volunteer_id = ?", volunteerId)
                .update(em);
        for (ReminderKind kind : ReminderKind.values()) {
            if (!wanted.contains(kind)) {
                NativeQuery.of(
                                "INSERT INTO reminder_opt_out (volunteer_id, kind) VALUES (?, ?)",
                                volunteerId,
                                kind.name())
                        .update(em);
            }
        }
        return wanted(volunteerId);
    }

    private Set<ReminderKind> wanted(long volunteerId) {
        Set<ReminderKind> wanted = EnumSet.allOf(ReminderKind.class);
        for (Object[] row : NativeQuery.of("SELECT kind FROM reminder_opt_out WHERE volunteer_id = ?", volunteerId)
                .rows(em)) {
            wanted.remove(ReminderKind.valueOf((String) row[0]));
        }
        return wanted;
    }
}

package org.quartiersnetz.volunteer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.security.entity.Caller;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.control.VolunteerAccess;
import org.quartiersnetz.volunteer.entity.InterviewNote;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Interview notes: written and read by the staff of one carrier only, never by anyone else. */
@Stateless
public class InterviewNoteService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VolunteerAccess access;

    @Inject
    VolunteerService volunteers;

    public List<InterviewNote> list(@NotNull Caller caller, long volunteerId) {
        long carrierId = access.requireNotesCarrier(caller);
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        return em.createNamedQuery(InterviewNote.FIND_BY_VOLUNTEER_AND_CARRIER, InterviewNote.class)
                .setParameter("volunteer", volunteer)
                .setParameter("carrier", em.getReference(Carrier.class, carrierId))
                .getResultList();
    }

    public InterviewNote add(
            @NotNull Caller caller, long volunteerId, @NotBlank @Size(max = InterviewNote.TEXT_LENGTH) String text) {
        long carrierId = access.requireNotesCarrier(caller);
        Volunteer volunteer = volunteers.get(caller, volunteerId);
        InterviewNote note = new InterviewNote(
                volunteer,
                em.getReference(Carrier.class, carrierId),
                em.getReference(UserAccount.class, caller.accountId()),
                clock.instant(),
                text.strip());
        em.persist(note);
        return note;
    }
}

package org.quartiersnetz.common.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.Signature;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Makes some active demo volunteers ready for a godparent scheme at Caritas, so that the demo's
 * candidate view has suggestions and near misses: every second one who speaks Turkish or Arabic and
 * may be seen by Caritas gets the basic course and both declarations, and of those every other one a
 * Caritas §72a inspection (the rest read "clearance not inspected").
 */
@Dependent
public class DemoReadiness {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.quartiersnetz.clearance.control.ClearanceSettings clearance;

    @jakarta.inject.Inject
    org.quartiersnetz.declaration.boundary.DeclarationService declarationService;

    /** Prepares the demo volunteers; returns how many were made fully ready. */
    public int prepare(Clock clock) {
        Instant now = clock.instant();
        LocalDate today = ClockProducer.today(clock);
        Carrier caritas = em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class).setParameter("code", "caritas")
                .getSingleResult();
        UserAccount staff = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", "fachkraft.caritas@quartiersnetz.example").getSingleResult();
        Course basic = em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", "basic-godparent")
                .getSingleResult();
        List<Declaration> declarations = declarationService.inForce();
        List<Volunteer> candidates = em.createQuery("SELECT DISTINCT v FROM Volunteer v LEFT JOIN v.carriers c"
                + " WHERE v.account.email LIKE :domain AND v.status = :active AND (v.sharedPool = TRUE OR c = :caritas)"
                + " ORDER BY v.id", Volunteer.class).setParameter("domain", "%" + DemoNeighbours.DOMAIN)
                .setParameter("active", VolunteerStatus.ACTIVE).setParameter("caritas", caritas).getResultList();
        int ready = 0;
        int prepared = 0;
        for (Volunteer v : candidates) {
            if (!v.getLanguages().contains("tr") && !v.getLanguages().contains("ar") || prepared++ % 2 == 1) {
                continue;
            }
            em.persist(org.quartiersnetz.training.entity.Qualification.external(v, basic, today.minusMonths(2),
                    "Caritasverband", staff.getId(), now));
            declarations.forEach(d -> em.persist(new Signature(v, d, now)));
            if (prepared % 4 == 1) {
                LocalDate issued = today.minusDays(40);
                em.persist(new ClearanceCheck(v, caritas, staff, today.minusDays(10), issued, false,
                        clearance.rules().renewalDue(issued), now));
                ready++;
            }
        }
        return ready;
    }
}

package org.quartiersnetz.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.clearance.control.ClearanceSettings;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.common.control.ClockProducer;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.entity.Declaration;
import org.quartiersnetz.declaration.entity.Signature;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.training.entity.Course;
import org.quartiersnetz.training.entity.Qualification;
import org.quartiersnetz.volunteer.entity.Availability;
import org.quartiersnetz.volunteer.entity.LanguageLevel;
import org.quartiersnetz.volunteer.entity.TimeBand;
import org.quartiersnetz.volunteer.entity.Volunteer;
import org.quartiersnetz.volunteer.entity.VolunteerStatus;

/**
 * Makes some active demo volunteers ready for a godparent scheme at Caritas, so that the demo's
 * candidate view has suggestions and near misses: ten active volunteers Caritas may see speak Turkish
 * and are free on Tuesday afternoons (like the demo family's godparent task), have the basic course and
 * both declarations, and every second one a Caritas §72a inspection (the rest read "clearance not
 * inspected").
 */
@Dependent
public class DemoReadiness {

    /** Prepared volunteers; every second one is inspected, the others read "clearance not inspected". */
    static final int READY = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClearanceSettings clearance;

    @Inject
    DeclarationService declarationService;

    /** Prepares the demo volunteers; returns how many were made fully ready. */
    public int prepare(Clock clock) {
        Instant now = clock.instant();
        LocalDate today = ClockProducer.today(clock);
        Carrier caritas = em.createNamedQuery(Carrier.FIND_BY_CODE, Carrier.class)
                .setParameter("code", "caritas")
                .getSingleResult();
        UserAccount staff = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", "fachkraft.caritas@quartiersnetz.example")
                .getSingleResult();
        Course basic = em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", "basic-godparent")
                .getSingleResult();
        List<Declaration> declarations = declarationService.inForce();
        List<Volunteer> candidates = em.createQuery(
                        "SELECT DISTINCT v FROM Volunteer v LEFT JOIN v.carriers c"
                                + " WHERE v.account.email LIKE :domain AND v.status = :active AND (v.sharedPool = TRUE OR c = :caritas)"
                                + " ORDER BY v.id",
                        Volunteer.class)
                .setParameter("domain", "%" + DemoNeighbours.DOMAIN)
                .setParameter("active", VolunteerStatus.ACTIVE)
                .setParameter("caritas", caritas)
                .getResultList();
        int ready = 0;
        for (int i = 0; i < Math.min(READY, candidates.size()); i++) {
            Volunteer v = candidates.get(i);
            // fit for the demo's godparent task: Turkish, free on Tuesday afternoons
            Map<String, LanguageLevel> languages = new TreeMap<>(v.getLanguageLevels());
            languages.putIfAbsent("tr", LanguageLevel.NATIVE);
            v.setLanguages(languages);
            Set<Availability> times = new TreeSet<>(v.getAvailability());
            times.add(new Availability(DayOfWeek.TUESDAY, TimeBand.AFTERNOON));
            v.setAvailability(times);
            em.persist(Qualification.external(v, basic, today.minusMonths(2), "Caritasverband", staff.getId(), now));
            declarations.forEach(d -> em.persist(new Signature(v, d, now)));
            if (i % 2 == 0) {
                LocalDate issued = today.minusDays(40);
                em.persist(new ClearanceCheck(
                        v,
                        caritas,
                        staff,
                        today.minusDays(10),
                        issued,
                        false,
                        clearance.rules().renewalDue(issued),
                        now));
                ready++;
            }
        }
        return ready;
    }
}

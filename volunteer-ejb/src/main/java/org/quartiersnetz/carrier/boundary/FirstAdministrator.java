package org.quartiersnetz.carrier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartiersnetz.security.entity.Role;

/**
 * A fresh installation has nobody to invite the others: with QN_ADMIN_EMAIL set and no
 * administrator in the database, that address is invited as the first administrator at start
 * (a mail with the link to set the password). Does nothing once an administrator exists.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "qn.admin.email")
    Optional<String> email;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffService staff;

    @PostConstruct
    void inviteIfNone() {
        if (email.isEmpty() || email.get().isBlank()) {
            return;
        }
        long administrators = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
        if (administrators > 0) {
            return;
        }
        StaffInvitation invitation = new StaffInvitation();
        invitation.setEmail(email.get());
        invitation.setFirstName("Administration");
        invitation.setLastName("Quartiersnetz");
        invitation.setRole(Role.ADMINISTRATOR);
        staff.invite(invitation);
        LOG.info(() -> "No administrator yet: invited " + email.get() + " by e-mail");
    }
}

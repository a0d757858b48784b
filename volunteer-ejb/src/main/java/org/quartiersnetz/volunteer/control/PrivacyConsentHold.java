package org.quartiersnetz.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.quartiersnetz.security.control.SignInHold;

/**
 * No sign-in before the privacy notice is accepted: a volunteer imported by a carrier who set a
 * password through "forgot password" instead of the invitation must still accept it first.
 */
@ApplicationScoped
public class PrivacyConsentHold implements SignInHold {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean holds(long accountId) {
        return em.createQuery(
                                "SELECT COUNT(v) FROM Volunteer v WHERE v.account.id = :account"
                                        + " AND v.privacyConsentAt IS NULL",
                                Long.class)
                        .setParameter("account", accountId)
                        .getSingleResult()
                > 0;
    }
}

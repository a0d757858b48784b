package org.quartiersnetz.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.quartiersnetz.security.entity.UserAccount;

/** Looks up accounts for authentication. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }
}

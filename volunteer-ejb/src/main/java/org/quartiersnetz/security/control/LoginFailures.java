package org.quartiersnetz.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.quartiersnetz.common.control.NativeQuery;
import org.quartiersnetz.common.control.SqlValues;
import org.quartiersnetz.security.entity.LoginThrottle;

/**
 * The stored side of a sign-in, each change in a short transaction of its own, so that the
 * password check before it holds no database connection while it waits for its turn and hashes.
 */
@ApplicationScoped
@Transactional
public class LoginFailures {

    @PersistenceContext
    EntityManager em;

    /**
     * Counts one failed sign-in for the key under its row's lock, so that parallel failures are all
     * counted; answers until when the key is locked if this failure locks it.
     */
    public Optional<Instant> count(String key, LockoutPolicy policy, Instant now) {
        NativeQuery.of(
                        "INSERT INTO login_throttle (email_key, failures, first_failure_at, version)"
                                + " VALUES (?, 0, ?, 0) ON CONFLICT DO NOTHING",
                        key,
                        SqlValues.parameter(now))
                .update(em);
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) { // a successful sign-in deleted the row between the insert and the lock
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        return policy.countFailure(throttle, now) ? Optional.of(throttle.getLockedUntil()) : Optional.empty();
    }

    public void clear(String key) {
        em.createQuery("DELETE FROM LoginThrottle t WHERE t.emailKey = :key")
                .setParameter("key", key)
                .executeUpdate();
    }

    /**
     * Stores a password hash made at the configured cost in place of the stored one. A conditional
     * update rather than a change of the entity: two sign-ins at once then do not collide on its
     * version, and a password changed meanwhile is not overwritten.
     */
    public void replaceHash(long accountId, String stored, String fresh) {
        em.createQuery("UPDATE UserAccount a SET a.passwordHash = :fresh WHERE a.id = :id AND a.passwordHash = :stored")
                .setParameter("fresh", fresh)
                .setParameter("id", accountId)
                .setParameter("stored", stored)
                .executeUpdate();
    }
}

package org.quartiersnetz.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.quartiersnetz.security.control.AccountSettings;
import org.quartiersnetz.security.control.LockoutPolicy;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.control.Tokens;
import org.quartiersnetz.security.entity.LoginThrottle;
import org.quartiersnetz.security.entity.UserAccount;

/** Looks up accounts and checks sign-ins, with the lockout after repeated failures. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * Checks an e-mail address and password. Failures are counted per address, registered or not
     * (see {@link LockoutPolicy}); while an address is locked the password is not checked at all,
     * so a lock cannot be used to test passwords. The count is stored in this transaction, which
     * commits whatever the outcome.
     */
    public SignInResult signIn(String email, String password) {
        String normalized = UserAccount.normalizeEmail(email == null ? "" : email);
        String plain = password == null ? "" : password;
        Instant now = clock.instant();
        LockoutPolicy policy = settings.lockoutPolicy();
        String key = throttleKey(normalized);
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        if (policy.isLocked(throttle, now)) {
            return SignInResult.locked(normalized, LockoutPolicy.minutesLeft(throttle.getLockedUntil(), now));
        }
        Optional<UserAccount> account = findByEmail(normalized);
        boolean matches = account.isPresent()
                ? passwordHashing.matches(plain, account.get().getPasswordHash()) && !account.get().isDisabled()
                : passwordHashing.matchesNothing(plain);
        if (!matches) {
            if (throttle == null) {
                throttle = new LoginThrottle(key, now);
                em.persist(throttle);
            }
            return policy.countFailure(throttle, now)
                    ? SignInResult.locked(normalized, LockoutPolicy.minutesLeft(throttle.getLockedUntil(), now))
                    : SignInResult.of(SignInResult.Outcome.REFUSED, normalized);
        }
        if (throttle != null) {
            em.remove(throttle);
        }
        rehashIfOutdated(account.get(), plain);
        return SignInResult.of(account.get().isEmailConfirmed()
                ? SignInResult.Outcome.SIGNED_IN : SignInResult.Outcome.UNCONFIRMED, normalized);
    }

    /**
     * Stores the password again at the configured cost. A conditional update rather than a change
     * of the entity: two sign-ins at once then do not collide on its version, and a password
     * changed meanwhile is not overwritten.
     */
    private void rehashIfOutdated(UserAccount account, String plain) {
        if (passwordHashing.isOutdated(account.getPasswordHash())) {
            em.createQuery("UPDATE UserAccount a SET a.passwordHash = :fresh"
                            + " WHERE a.id = :id AND a.passwordHash = :stored")
                    .setParameter("fresh", passwordHashing.hash(plain))
                    .setParameter("id", account.getId())
                    .setParameter("stored", account.getPasswordHash())
                    .executeUpdate();
        }
    }

    /** Forgets the failed sign-ins of an address, e.g. once its owner has set a new password. */
    public void clearFailures(String email) {
        LoginThrottle throttle = em.find(LoginThrottle.class, throttleKey(UserAccount.normalizeEmail(email)));
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    /** The address is not stored in clear: it may be a stranger's typo. */
    static String throttleKey(String normalizedEmail) {
        return Tokens.sha256(normalizedEmail);
    }
}

package org.quartiersnetz.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.quartiersnetz.common.control.BusyException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.Languages;
import org.quartiersnetz.security.control.AccountSettings;
import org.quartiersnetz.security.control.AddressThrottle;
import org.quartiersnetz.security.control.LockoutPolicy;
import org.quartiersnetz.security.control.LoginFailures;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.control.SignInHold;
import org.quartiersnetz.security.control.Tokens;
import org.quartiersnetz.security.entity.LoginThrottle;
import org.quartiersnetz.security.entity.UserAccount;

/** Looks up accounts and checks sign-ins, with the lockouts after repeated failures. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<SignInHold> holds;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AccountSettings settings;

    @Inject
    AddressThrottle addressThrottle;

    @Inject
    LoginFailures loginFailures;

    @Inject
    Clock clock;

    public Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** Remembers the language a signed-in person chose; their pages and mails follow it. */
    public void changeLanguage(String email, String language) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInputException("language.unsupported");
        }
        // one statement, not read-then-write: parallel pages with ?lang= must not collide on the
        // account's version (an optimistic lock failure would answer the page with an error)
        em.createQuery("UPDATE UserAccount a SET a.preferredLanguage = :language"
                        + " WHERE a.email = :email AND a.preferredLanguage <> :language")
                .setParameter("language", language)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .executeUpdate();
    }

    /**
     * Checks an e-mail address and password. Failures are counted per e-mail address, registered or
     * not (see {@link LockoutPolicy}), and per client address ({@link AddressThrottle}); while
     * either is locked the password is not checked at all, so a lock cannot be used to test
     * passwords nor to make the server hash. No transaction spans the password check: it may wait
     * for a turn ({@link PasswordHashing}) and must not hold a database connection meanwhile; the
     * count is stored afterwards in a transaction of its own.
     *
     * @param clientAddress the caller's network address, or null when unknown
     * @throws org.quartiersnetz.common.control.BusyException when too many passwords are being
     *         checked at once; nothing was counted
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(String email, String password, String clientAddress) {
        String normalized = UserAccount.normalizeEmail(email == null ? "" : email);
        String plain = password == null ? "" : password;
        Instant now = clock.instant();
        Optional<Instant> addressLocked = addressThrottle.lockedUntil(clientAddress, now);
        if (addressLocked.isPresent()) {
            return SignInResult.throttled(normalized, LockoutPolicy.minutesLeft(addressLocked.get(), now));
        }
        LockoutPolicy policy = settings.lockoutPolicy();
        String key = throttleKey(normalized);
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        if (policy.isLocked(throttle, now)) {
            return SignInResult.locked(normalized, LockoutPolicy.minutesLeft(throttle.getLockedUntil(), now));
        }
        Optional<UserAccount> account = findByEmail(normalized);
        boolean matches = account.isPresent()
                ? passwordHashing.matches(plain, account.get().getPasswordHash())
                        && !account.get().isDisabled()
                : passwordHashing.matchesNothing(plain);
        if (!matches) {
            addressThrottle.countFailure(clientAddress, now);
            return loginFailures
                    .count(key, policy, now)
                    .map(until -> SignInResult.locked(normalized, LockoutPolicy.minutesLeft(until, now)))
                    .orElseGet(() -> SignInResult.of(SignInResult.Outcome.REFUSED, normalized));
        }
        if (throttle != null) {
            loginFailures.clear(key);
        }
        rehashIfOutdated(account.get(), plain);
        boolean confirmed = account.get().isEmailConfirmed()
                && holds.stream().noneMatch(hold -> hold.holds(account.get().getId()));
        return SignInResult.of(
                confirmed ? SignInResult.Outcome.SIGNED_IN : SignInResult.Outcome.UNCONFIRMED, normalized);
    }

    /** Stores the password again at the configured cost. */
    private void rehashIfOutdated(UserAccount account, String plain) {
        if (passwordHashing.isOutdated(account.getPasswordHash())) {
            try {
                loginFailures.replaceHash(account.getId(), account.getPasswordHash(), passwordHashing.hash(plain));
            } catch (BusyException busy) {
                // the password was right: sign in now, store it again at a later sign-in
            }
        }
    }

    /** Forgets the failed sign-ins of an address, e.g. once its owner has set a new password. */
    public void clearFailures(String email) {
        loginFailures.clear(throttleKey(UserAccount.normalizeEmail(email)));
    }

    /** The address is not stored in clear: it may be a stranger's typo. */
    static String throttleKey(String normalizedEmail) {
        return Tokens.sha256(normalizedEmail);
    }
}

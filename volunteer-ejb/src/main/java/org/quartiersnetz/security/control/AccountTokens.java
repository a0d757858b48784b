package org.quartiersnetz.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.quartiersnetz.common.control.GoneException;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.Languages;
import org.quartiersnetz.notification.control.MailSettings;
import org.quartiersnetz.notification.control.Mails;
import org.quartiersnetz.security.entity.AccountToken;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.TokenState;
import org.quartiersnetz.security.entity.UserAccount;

/**
 * Issues (and mails) and redeems the single-use tokens of e-mail links, in the caller's transaction. An
 * unknown, malformed or other-purpose token is invalid input (400); a used or expired one is
 * gone (410), so that a client can offer to send a new link.
 */
@ApplicationScoped
public class AccountTokens {

    public static final String INVALID = "account.token.invalid";
    public static final int MAX_PER_DAY = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mails notifications;

    @Inject
    MailSettings mail;

    /**
     * Issues a token and queues the mail with its link (page?token=…) to the account, in its
     * language, in the caller's transaction. The template's arguments are the link and
     * {@code validityInWords}, the validity in the unit its text names.
     */
    public void mailLink(
            UserAccount account,
            TokenPurpose purpose,
            Duration validity,
            String template,
            String page,
            long validityInWords) {
        String token = Tokens.newToken();
        Instant now = clock.instant();
        em.persist(new AccountToken(account, purpose, Tokens.sha256(token), now, now.plus(validity)));
        notifications.enqueue(
                account.getEmail(),
                account.getPreferredLanguage(),
                template,
                mail.link(page + "?token=" + token + languageOf(account)),
                validityInWords);
    }

    /** The page opens in the account's language, also in a browser that asks for another. */
    private static String languageOf(UserAccount account) {
        String language = Languages.orDefault(account.getPreferredLanguage());
        return Languages.DEFAULT.equals(language) ? "" : "&lang=" + language;
    }

    /**
     * Whether the account may receive another token of this purpose today: at most
     * {@link #MAX_PER_DAY}, so that no one can flood a mailbox through the public forms.
     */
    public boolean mayIssue(UserAccount account, TokenPurpose purpose) {
        long issued = em.createNamedQuery(AccountToken.COUNT_ISSUED_SINCE, Long.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .setParameter("since", clock.instant().minus(Duration.ofDays(1)))
                .getSingleResult();
        return issued < MAX_PER_DAY;
    }

    /** The account the token belongs to, if it may be used now; nothing is changed. */
    public UserAccount check(String token, TokenPurpose purpose) {
        return usable(find(token, purpose, LockModeType.NONE), purpose).getAccount();
    }

    /**
     * Uses the token up, and with it every other unused token of this purpose for the account
     * (an older link must not work after a newer one did). The row is locked first, so that of two
     * simultaneous requests with one token only one succeeds.
     */
    public UserAccount redeem(String token, TokenPurpose purpose) {
        AccountToken redeemed = usable(find(token, purpose, LockModeType.PESSIMISTIC_WRITE), purpose);
        Instant now = clock.instant();
        em.createNamedQuery(AccountToken.FIND_UNUSED, AccountToken.class)
                .setParameter("account", redeemed.getAccount())
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(t -> t.markUsed(now));
        redeemed.markUsed(now);
        return redeemed.getAccount();
    }

    private AccountToken find(String token, TokenPurpose purpose, LockModeType lock) {
        if (!Tokens.isWellFormed(token)) {
            throw InvalidInputException.onField("token", INVALID);
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", Tokens.sha256(token))
                .setLockMode(lock)
                .getResultStream()
                .filter(t -> t.getPurpose() == purpose)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.onField("token", INVALID));
    }

    private AccountToken usable(AccountToken token, TokenPurpose purpose) {
        TokenState state = token.stateAt(clock.instant());
        if (state != TokenState.VALID) {
            throw new GoneException(purpose.messageKey(state));
        }
        return token;
    }
}

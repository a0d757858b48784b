package org.quartiersnetz.volunteer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.quartiersnetz.common.control.ConflictException;
import org.quartiersnetz.common.control.Constraints;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.privacy.boundary.PrivacyNoticeService;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.boundary.EmailConfirmationService;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.entity.Volunteer;

/** Signs volunteers up and reads their profiles. */
@Stateless
public class VolunteerService {

    static final String EMAIL_TAKEN = "volunteer.signup.emailTaken";
    static final String NOTICE_OUTDATED = "volunteer.signup.privacyNoticeOutdated";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AccountService accounts;

    @Inject
    PrivacyNoticeService privacyNotices;

    @Inject
    EmailConfirmationService confirmations;

    /**
     * Creates the account, the volunteer and the confirmation mail in one transaction: either
     * all are stored or, on any error, nothing. The account may sign in once the address is
     * confirmed; mails go out in the language of the sign-up.
     */
    public Volunteer signUp(@NotNull @Valid SignUp signUp, @NotNull Locale language) {
        int currentNotice = privacyNotices.getCurrent().getVersion();
        if (signUp.getPrivacyNoticeVersion() != currentNotice) {
            throw InvalidInputException.onField("privacyNoticeVersion", NOTICE_OUTDATED, currentNotice);
        }
        if (accounts.findByEmail(signUp.getEmail()).isPresent()) {
            throw ConflictException.onField("email", EMAIL_TAKEN);
        }
        Instant now = clock.instant();
        UserAccount account = UserAccount.unconfirmed(signUp.getEmail(),
                passwordHashing.hash(signUp.getPassword()), Role.VOLUNTEER, language.getLanguage(), now);
        Volunteer volunteer = new Volunteer(account, signUp.getFirstName(), signUp.getLastName(),
                signUp.getPhone(), signUp.getLanguages(), currentNotice, now);
        try {
            em.persist(account);
            em.persist(volunteer);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw ConflictException.onField("email", EMAIL_TAKEN);
            }
            throw e;
        }
        confirmations.sendConfirmation(account);
        return volunteer;
    }

    /** The volunteer who signs in with this address; empty for staff accounts. */
    public Optional<Volunteer> findByEmail(String email) {
        return em.createNamedQuery(Volunteer.FIND_BY_EMAIL, Volunteer.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Volunteer getByEmail(String email) {
        return findByEmail(email).orElseThrow(() -> new NotFoundException("volunteer.notFound"));
    }
}

package org.quartiersnetz.imports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.privacy.boundary.PrivacyNoticeService;
import org.quartiersnetz.security.boundary.AccountService;
import org.quartiersnetz.security.boundary.TokenRequest;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.UserAccount;
import org.quartiersnetz.volunteer.boundary.VolunteerService;
import org.quartiersnetz.volunteer.entity.Volunteer;

/**
 * The invitation an imported volunteer gets: its link (a single-use token of the kind a staff
 * invitation uses, valid as long) lets them choose a password, which confirms the address, and
 * accept the privacy notice; from then on the normal visibility rules apply to them.
 */
@Stateless
public class InvitationService {

    static final String NOTICE_OUTDATED = "volunteer.signup.privacyNoticeOutdated";

    @Inject
    AccountTokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    PrivacyNoticeService privacyNotices;

    @Inject
    VolunteerService volunteers;

    @Inject
    Clock clock;

    /** Checks that the link may still be used (for the page, before the form); uses nothing up. */
    public void check(@NotNull @Valid TokenRequest request) {
        tokens.check(request.getToken(), TokenPurpose.PASSWORD_RESET);
    }

    /** Sets the password, confirms the address and records the acceptance of the privacy notice, all or nothing. */
    public void accept(@NotNull @Valid InvitationAcceptance acceptance) {
        // the link first: an unknown, used or expired token (400, 410) costs no hashing, so a burst of
        // made-up tokens cannot keep the hashing busy; then the password is hashed, before redeeming
        tokens.check(acceptance.getToken(), TokenPurpose.PASSWORD_RESET);
        String passwordHash = passwordHashing.hash(acceptance.getPassword());
        int current = privacyNotices.getCurrent().getVersion();
        if (acceptance.getPrivacyNoticeVersion() != current) {
            throw InvalidInputException.onField("privacyNoticeVersion", NOTICE_OUTDATED, current);
        }
        UserAccount account = tokens.redeem(acceptance.getToken(), TokenPurpose.PASSWORD_RESET);
        Volunteer volunteer = volunteers
                .findByEmail(account.getEmail())
                .orElseThrow(() -> InvalidInputException.onField("token", AccountTokens.INVALID));
        Instant now = clock.instant();
        account.changePasswordHash(passwordHash);
        account.confirmEmail(now);
        volunteer.acceptPrivacyNotice(current, now);
        accounts.clearFailures(account.getEmail());
    }
}

package org.quartiersnetz.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.quartiersnetz.security.control.AccountSettings;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.control.PasswordHashing;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.UserAccount;

/** "Forgot password": a single-use link by e-mail, then a new password. */
@Stateless
public class PasswordResetService {

    static final String TEMPLATE = "mail.passwordReset";
    public static final String PAGE = "/account/reset-password.xhtml";

    @Inject
    AccountTokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    /**
     * Sends a reset link if the address has an account (at most a few a day). The caller learns
     * nothing either way, so the form cannot be used to find out who is registered.
     */
    public void requestReset(@NotNull @Valid EmailRequest request) {
        accounts.findByEmail(request.getEmail())
                .filter(account -> tokens.mayIssue(account, TokenPurpose.PASSWORD_RESET))
                .ifPresent(account -> tokens.mailLink(
                        account,
                        TokenPurpose.PASSWORD_RESET,
                        settings.resetValidity(),
                        TEMPLATE,
                        PAGE,
                        settings.resetValidity().toMinutes()));
    }

    /** Checks that the token may still set a password (for the page, before the form); uses nothing up. */
    public void check(@NotNull @Valid TokenRequest request) {
        tokens.check(request.getToken(), TokenPurpose.PASSWORD_RESET);
    }

    /**
     * Sets the new password and uses the token up. The link proved that the person reads the
     * mailbox, so the address counts as confirmed; failed sign-ins are forgotten.
     */
    public void reset(@NotNull @Valid NewPassword request) {
        UserAccount account = tokens.redeem(request.getToken(), TokenPurpose.PASSWORD_RESET);
        account.changePasswordHash(passwordHashing.hash(request.getPassword()));
        account.confirmEmail(clock.instant());
        accounts.clearFailures(account.getEmail());
    }
}

package org.quartiersnetz.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.quartiersnetz.security.control.AccountSettings;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.UserAccount;

/** Double opt-in: the confirmation mail with its single-use link, and the confirmation itself. */
@Stateless
public class EmailConfirmationService {

    static final String TEMPLATE = "mail.confirmation";
    public static final String PAGE = "/account/confirm.xhtml";

    @Inject
    AccountTokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    /** Queues the mail with a new confirmation link, in the caller's transaction (e.g. the sign-up's). */
    public void sendConfirmation(@NotNull UserAccount account) {
        tokens.mailLink(
                account,
                TokenPurpose.EMAIL_CONFIRMATION,
                settings.confirmationValidity(),
                TEMPLATE,
                PAGE,
                settings.confirmationValidity().toHours());
    }

    /** Confirms the address the token was sent to; the token and all older ones are used up. */
    public void confirm(@NotNull @Valid TokenRequest request) {
        UserAccount account = tokens.redeem(request.getToken(), TokenPurpose.EMAIL_CONFIRMATION);
        account.confirmEmail(clock.instant());
    }

    /**
     * Sends a new confirmation mail if the address belongs to an account that is not confirmed
     * yet (and has not had too many today). The caller learns nothing either way.
     */
    public void resend(@NotNull @Valid EmailRequest request) {
        accounts.findByEmail(request.getEmail())
                .filter(account -> !account.isEmailConfirmed())
                .filter(account -> tokens.mayIssue(account, TokenPurpose.EMAIL_CONFIRMATION))
                .ifPresent(this::sendConfirmation);
    }
}

package org.quartiersnetz.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.boundary.EmailConfirmationService;
import org.quartiersnetz.security.boundary.EmailRequest;
import org.quartiersnetz.security.boundary.PasswordResetService;
import org.quartiersnetz.security.entity.EmailAddress;

/**
 * The two forms that ask for a mail with a link (account/forgot-password.xhtml,
 * account/resend-confirmation.xhtml). Both answer the same whether or not the address has an
 * account, so they cannot be used to find out who is registered.
 */
@Named
@RequestScoped
public class MailRequestBacking {

    @Inject
    PasswordResetService passwordResets;

    @Inject
    EmailConfirmationService confirmations;

    @EmailAddress
    private String email;

    public void sendPasswordReset() {
        passwordResets.requestReset(new EmailRequest(email));
        FacesMessages.info("account.forgot.sent");
    }

    public void sendConfirmation() {
        confirmations.resend(new EmailRequest(email));
        FacesMessages.info("account.resend.sent");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

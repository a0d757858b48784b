package org.quartiersnetz.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.boundary.EmailConfirmationService;
import org.quartiersnetz.security.boundary.TokenRequest;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.entity.TokenPurpose;
import org.quartiersnetz.security.entity.TokenState;

/**
 * The page the confirmation mail links to (account/confirm.xhtml?token=…): confirms at once, so
 * one tap on a phone is enough. Confirming twice is harmless; the page then says the address is
 * confirmed already.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    EmailConfirmationService confirmations;

    private String token;
    private boolean confirmed;
    private boolean confirmedBefore;

    public void confirm() {
        if (token == null || token.isBlank()) {
            FacesMessages.error(AccountTokens.INVALID);
            return;
        }
        if (FacesMessages.attempt(null, () -> confirmations.confirm(new TokenRequest(token)), this::refused)) {
            confirmed = true;
            FacesMessages.info("account.confirm.success");
        }
    }

    private void refused(BusinessException e) {
        // a used confirmation link means the address was confirmed with it
        confirmedBefore = e.messageKey().equals(TokenPurpose.EMAIL_CONFIRMATION.messageKey(TokenState.USED));
        FacesMessages.error(e, null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    /** Whether to offer a new mail: not once the address is confirmed, now or before. */
    public boolean isNewMailUseful() {
        return !confirmed && !confirmedBefore;
    }
}

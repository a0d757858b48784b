package org.quartiersnetz.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.boundary.NewPassword;
import org.quartiersnetz.security.boundary.PasswordResetService;
import org.quartiersnetz.security.boundary.TokenRequest;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.entity.Password;

/**
 * The page the password-reset mail links to (account/reset-password.xhtml?token=…). Opening it
 * only checks the link, so that a mail scanner following it uses nothing up; the form then sets
 * the new password.
 */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResetService passwordResets;

    private String token;
    private boolean usable;

    @Password
    private String password;

    public void check() {
        if (token == null || token.isBlank()) {
            FacesMessages.error(AccountTokens.INVALID);
            return;
        }
        FacesMessages.attempt(null, () -> {
            passwordResets.check(new TokenRequest(token));
            usable = true;
        });
    }

    public String submit() {
        if (!FacesMessages.attempt(
                null, () -> passwordResets.reset(new NewPassword(token, password)), this::unusable)) {
            return null;
        }
        FacesMessages.info("account.reset.success");
        FacesMessages.keepForRedirect();
        return "/login?faces-redirect=true";
    }

    private void unusable(BusinessException e) {
        usable = false;
        FacesMessages.error(e, null);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Whether the link may still set a password, i.e. whether the form is shown. */
    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

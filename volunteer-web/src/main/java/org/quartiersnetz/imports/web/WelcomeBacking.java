package org.quartiersnetz.imports.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.control.GoneException;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.imports.boundary.InvitationAcceptance;
import org.quartiersnetz.imports.boundary.InvitationService;
import org.quartiersnetz.privacy.boundary.PrivacyNoticeService;
import org.quartiersnetz.privacy.entity.PrivacyNotice;
import org.quartiersnetz.privacy.entity.PrivacyNoticeText;
import org.quartiersnetz.security.boundary.TokenRequest;
import org.quartiersnetz.security.control.AccountTokens;
import org.quartiersnetz.security.entity.Password;

/**
 * The page an imported volunteer's invitation links to (account/welcome.xhtml?token=…): the privacy
 * notice, the consent to it and a password of their own. Opening it only checks the link.
 */
@Named
@ViewScoped
public class WelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "welcome";

    @Inject
    InvitationService invitations;

    @Inject
    PrivacyNoticeService privacyNotices;

    private String token;
    private boolean usable;
    private int noticeVersion;
    private PrivacyNoticeText noticeText;
    private boolean consent;

    @Password
    private String password;

    @PostConstruct
    void loadNotice() {
        PrivacyNotice notice = privacyNotices.getCurrent();
        noticeVersion = notice.getVersion();
        noticeText = notice.textIn(RequestLocale.get().getLanguage());
    }

    public void check() {
        if (token == null || token.isBlank()) {
            FacesMessages.error(AccountTokens.INVALID);
            return;
        }
        FacesMessages.attempt(null, () -> {
            invitations.check(new TokenRequest(token));
            usable = true;
        });
    }

    public String submit() {
        if (!consent) {
            FacesMessages.error("account_welcome.consent.required");
            return null;
        }
        if (!FacesMessages.attempt(
                FORM,
                () -> invitations.accept(new InvitationAcceptance(token, password, noticeVersion)),
                this::unusable)) {
            return null;
        }
        FacesMessages.info("account_welcome.success");
        FacesMessages.keepForRedirect();
        return "/login?faces-redirect=true";
    }

    private void unusable(BusinessException e) {
        usable = usable && !(e instanceof GoneException) && !"token".equals(e.field());
        FacesMessages.error(e, FORM);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public PrivacyNoticeText getNoticeText() {
        return noticeText;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

package org.quartiersnetz.volunteer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import java.io.Serializable;
import org.quartiersnetz.common.view.RequestLocale;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.privacy.boundary.PrivacyNoticeService;
import org.quartiersnetz.privacy.entity.PrivacyNotice;
import org.quartiersnetz.privacy.entity.PrivacyNoticeText;
import org.quartiersnetz.volunteer.boundary.SignUp;
import org.quartiersnetz.volunteer.boundary.VolunteerService;

/** The public sign-up page (volunteer/signup.xhtml). */
@Named
@ViewScoped
public class SignUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "signup";

    @Inject
    VolunteerService volunteers;

    @Inject
    PrivacyNoticeService privacyNotices;

    private final SignUp signUp = new SignUp();

    @AssertTrue(message = "{org.quartiersnetz.consent.required}")
    private boolean consent;

    private int noticeVersion;
    private PrivacyNoticeText noticeText;

    @PostConstruct
    void loadNotice() {
        PrivacyNotice notice = privacyNotices.getCurrent();
        noticeVersion = notice.getVersion();
        noticeText = notice.textIn(RequestLocale.get().getLanguage());
    }

    public String submit() {
        signUp.setPrivacyNoticeVersion(noticeVersion);
        if (!FacesMessages.attempt(FORM, () -> {
            volunteers.signUp(
                    signUp, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        })) {
            return null;
        }
        FacesMessages.info("signup.success", signUp.getFirstName());
        FacesMessages.keepForRedirect();
        return "/login?faces-redirect=true";
    }

    public SignUp getSignUp() {
        return signUp;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public PrivacyNoticeText getNoticeText() {
        return noticeText;
    }

    public int getNoticeVersion() {
        return noticeVersion;
    }
}

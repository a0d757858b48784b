package org.quartiersnetz.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quartiersnetz.clearance.boundary.ClearanceService;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;

/** A volunteer's own §72a inspections and the consent to share them (volunteer/clearance.xhtml). */
@Named
@ViewScoped
public class OwnClearanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClearanceService clearance;

    @Inject
    CurrentUser currentUser;

    private List<ClearanceCheck> checks = List.of();
    private boolean shareConsent;

    public void load() {
        checks = clearance.own(currentUser.caller());
        shareConsent = clearance.ownConsent(currentUser.caller());
    }

    public String save() {
        clearance.changeOwnConsent(currentUser.caller(), shareConsent);
        FacesMessages.info(shareConsent ? "clearance_own.consentGiven" : "clearance_own.consentWithdrawn");
        FacesMessages.keepForRedirect();
        return "/volunteer/clearance?faces-redirect=true";
    }

    public List<ClearanceCheck> getChecks() {
        return checks;
    }

    public boolean isShareConsent() {
        return shareConsent;
    }

    public void setShareConsent(boolean shareConsent) {
        this.shareConsent = shareConsent;
    }
}

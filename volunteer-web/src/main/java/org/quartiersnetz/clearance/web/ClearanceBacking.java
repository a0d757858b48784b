package org.quartiersnetz.clearance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quartiersnetz.clearance.boundary.ClearanceInput;
import org.quartiersnetz.clearance.boundary.ClearanceService;
import org.quartiersnetz.clearance.entity.ClearanceCheck;
import org.quartiersnetz.clearance.entity.ClearanceStatus;
import org.quartiersnetz.clearance.view.ClearanceLetter;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * A volunteer's §72a inspections for carrier staff (staff/clearance.xhtml?volunteer=…): the ones
 * the own carrier may see, the status for it, a form to record one and the letter as PDF. A
 * volunteer the caller may not see answers 404.
 */
@Named
@ViewScoped
public class ClearanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "inspection";

    @Inject
    ClearanceService clearance;

    @Inject
    ClearanceLetter letter;

    @Inject
    CurrentUser currentUser;

    private Long volunteer;
    private String volunteerName;
    private ClearanceStatus status;
    private List<ClearanceCheck> checks = List.of();
    private ClearanceInput input = new ClearanceInput();

    public void load() throws IOException {
        if (volunteer == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            volunteerName = clearance.volunteerName(currentUser.caller(), volunteer);
            refresh();
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "");
        }
    }

    private void refresh() {
        checks = clearance.visible(currentUser.caller(), volunteer);
        status = clearance.status(currentUser.caller(), volunteer, null);
    }

    public String save() {
        input.setRelevantConviction(Boolean.TRUE.equals(input.getRelevantConviction()));
        if (!FacesMessages.attempt(FORM, () -> {
            clearance.record(currentUser.caller(), volunteer, input);
        })) {
            return null;
        }
        FacesMessages.info("clearance_page.recorded");
        FacesMessages.keepForRedirect();
        return "/staff/clearance?faces-redirect=true&volunteer=" + volunteer;
    }

    /** Sends the letter confirming the volunteer role as a PDF download. */
    public void downloadLetter() throws IOException {
        Faces.sendFile(
                letter.render(clearance.letter(currentUser.caller(), volunteer)),
                "bestaetigung-ehrenamt-" + volunteer + ".pdf",
                true);
    }

    public Long getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(Long volunteer) {
        this.volunteer = volunteer;
    }

    public String getVolunteerName() {
        return volunteerName;
    }

    public ClearanceStatus getStatus() {
        return status;
    }

    public List<ClearanceCheck> getChecks() {
        return checks;
    }

    public ClearanceInput getInput() {
        return input;
    }
}

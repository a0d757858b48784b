package org.quartiersnetz.declaration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.boundary.DeclarationStatus;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.security.view.CurrentUser;

/** The volunteer's declarations (volunteer/declarations.xhtml), to read and sign on a phone. */
@Named
@RequestScoped
public class DeclarationsBacking {

    @Inject
    DeclarationService declarations;

    @Inject
    CurrentUser currentUser;

    private List<DeclarationStatus> statuses;

    public List<DeclarationStatus> getStatuses() {
        if (statuses == null) {
            statuses = declarations.own(currentUser.caller());
        }
        return statuses;
    }

    /** Signs the version that was shown (request parameter "shown-KIND" of the page). */
    public void sign(DeclarationKind kind) {
        FacesMessages.attempt(
                () -> declarations.sign(currentUser.caller(), kind, shownVersion(kind)), "declarations.signed");
        statuses = null;
    }

    private static int shownVersion(DeclarationKind kind) {
        try {
            return Integer.parseInt(Faces.getRequestParameter("shown-" + kind.name()));
        } catch (NumberFormatException e) {
            // no or a garbled version: sign nothing rather than the one in force
            return -1;
        }
    }
}

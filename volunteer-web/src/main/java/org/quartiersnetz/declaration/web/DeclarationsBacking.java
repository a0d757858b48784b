package org.quartiersnetz.declaration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.declaration.boundary.DeclarationService;
import org.quartiersnetz.declaration.boundary.DeclarationStatus;
import org.quartiersnetz.declaration.entity.DeclarationKind;
import org.quartiersnetz.security.web.CurrentUser;

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

    public void sign(DeclarationKind kind, int version) {
        try {
            declarations.sign(currentUser.caller(), kind, version);
            FacesMessages.info("declarations.signed");
        } catch (BusinessException e) {
            FacesMessages.error(e, null);
        }
        statuses = null;
    }
}

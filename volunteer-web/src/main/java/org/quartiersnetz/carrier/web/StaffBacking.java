package org.quartiersnetz.carrier.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quartiersnetz.carrier.boundary.StaffInvitation;
import org.quartiersnetz.carrier.boundary.StaffService;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.view.CurrentUser;

/** Staff accounts (admin/staff.xhtml): everyone sees colleagues; administrators invite and disable. */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "invite";

    @Inject
    StaffService staff;

    @Inject
    CurrentUser currentUser;

    private StaffInvitation invitation = new StaffInvitation();

    public List<StaffMember> getMembers() {
        return staff.list(currentUser.caller());
    }

    public List<Role> getRoles() {
        return List.of(
                Role.CARRIER_STAFF,
                Role.CARRIER_COORDINATOR,
                Role.NETWORK_COORDINATOR,
                Role.ADMINISTRATOR,
                Role.SUPERVISOR);
    }

    public void invite() {
        if (!currentUser.isPermitted(Role.Permissions.STAFF_MANAGE)) {
            return;
        }
        FacesMessages.attempt(FORM, () -> {
            staff.invite(invitation);
            FacesMessages.info("staff.invited", invitation.getEmail());
            invitation = new StaffInvitation();
        });
    }

    /** Disables an account (or enables it again), keeping name and role. */
    public void toggle(StaffMember member) {
        if (!currentUser.isPermitted(Role.Permissions.STAFF_MANAGE)) {
            return;
        }
        StaffInvitation change = new StaffInvitation();
        change.setEmail(member.getAccount().getEmail());
        change.setFirstName(member.getFirstName());
        change.setLastName(member.getLastName());
        change.setRole(member.getAccount().getRole());
        change.setCarrier(
                member.getAccount().getCarrier() == null
                        ? null
                        : member.getAccount().getCarrier().getCode());
        change.setDisabled(!member.getAccount().isDisabled());
        FacesMessages.attempt("members", () -> {
            staff.change(currentUser.caller(), member.getId(), change);
        });
    }

    public StaffInvitation getInvitation() {
        return invitation;
    }
}

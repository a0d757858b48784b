package org.quartiersnetz.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.quartiersnetz.carrier.entity.StaffMember;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.matching.control.Reason;
import org.quartiersnetz.placement.boundary.PlacementService;
import org.quartiersnetz.placement.boundary.PlacementStepInput;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.placement.entity.PlacementStep;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * One placement for staff (staff/placement.xhtml?id=…): why it was proposed, where it stands, its
 * history, and the next steps with what each records (intro meeting with date and staff member,
 * trial period, the family's consent to the tandem, a reason to end or withdraw).
 */
@Named
@ViewScoped
public class PlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "step";

    @Inject
    PlacementService placements;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private long placementId;
    private PlacementStepInput input = new PlacementStepInput();
    private transient Placement placement;
    private transient Set<PlacementStatus> next = Set.of();
    private transient List<PlacementStep> history = List.of();
    private transient List<StaffMember> staff = List.of();

    public void load() throws IOException {
        try {
            placementId = id == null ? -1 : id;
            refresh();
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    public void take(PlacementStatus to) {
        input.setTo(to);
        FacesMessages.attempt(FORM, () -> {
            placements.step(currentUser.caller(), placementId, input);
            FacesMessages.info("placement.stepTaken", to);
            input = new PlacementStepInput();
        });
        refresh();
    }

    private void refresh() {
        placement = placements.get(currentUser.caller(), placementId);
        next = placements.nextSteps(currentUser.caller(), placement);
        history = placements.history(currentUser.caller(), placementId);
        staff = placements.introStaff(currentUser.caller(), placement);
    }

    public boolean offers(PlacementStatus step) {
        return next != null && next.contains(step);
    }

    public String staffName(Placement p) {
        return placements.nameOf(p.getIntroStaff());
    }

    public List<Reason> getReasons() {
        return placements.reasonsFor(currentUser.caller(), placement);
    }

    public List<PlacementStatus> getNext() {
        return next == null ? List.of() : next.stream().sorted().toList();
    }

    public Placement getPlacement() {
        return placement;
    }

    public List<PlacementStep> getHistory() {
        return history;
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public PlacementStepInput getInput() {
        return input;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

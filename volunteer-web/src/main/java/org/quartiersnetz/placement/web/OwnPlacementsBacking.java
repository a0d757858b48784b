package org.quartiersnetz.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.family.entity.Family;
import org.quartiersnetz.matching.control.Reason;
import org.quartiersnetz.placement.boundary.PlacementService;
import org.quartiersnetz.placement.boundary.PlacementStepInput;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.placement.entity.PlacementStatus;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The volunteer's proposals and placements on a phone (volunteer/placements.xhtml): why they were
 * asked, accept or decline (with a reason if they like), the intro meeting, withdraw with a reason.
 * The link in the proposal mail names one ({@code ?id=}), which comes first.
 */
@Named
@ViewScoped
public class OwnPlacementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacementService placements;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<Placement> own = List.of();
    // shown families stay with this view only: never serialised into the session
    private final transient Map<Long, Family> families = new HashMap<>();

    public void load() {
        refresh();
    }

    public void take(long placementId, PlacementStatus to) {
        PlacementStepInput input = new PlacementStepInput(to);
        input.setReason(reasons.get(placementId));
        FacesMessages.attempt(
                null,
                () -> {
                    placements.step(currentUser.caller(), placementId, input);
                    FacesMessages.info("own_placements." + to);
                    reasons.remove(placementId);
                },
                e -> refused(placementId, e));
        refresh();
    }

    private void refused(long placementId, BusinessException e) {
        int row = getOwn().stream().map(Placement::getId).toList().indexOf(placementId);
        if ("reason".equals(e.field()) && row >= 0) {
            // next to this card's reason field (the cards are rows of one repeat)
            FacesMessages.errorAt("placements:placement:" + row + ":reason", e);
        } else {
            FacesMessages.error(e, null);
        }
    }

    /** Shows the family of a placement the volunteer holds (each showing is audited). */
    public void showFamily(long placementId) {
        FacesMessages.attempt(null, () -> {
            if (families != null) {
                families.put(placementId, placements.family(currentUser.caller(), placementId));
            }
        });
        refresh();
    }

    /** The family shown for the placement, or null. */
    public Family familyOf(Placement p) {
        return families == null || !p.getStatus().holdsPlace() ? null : families.get(p.getId());
    }

    public boolean hasFamily(Placement p) {
        return p.getTask().getFamilyId() != null && p.getStatus().holdsPlace();
    }

    private void refresh() {
        List<Placement> all = placements.own(currentUser.caller());
        Long first = id;
        own = all.stream()
                .sorted(Comparator.comparing((Placement p) -> !p.getId().equals(first)))
                .toList();
    }

    public boolean isNamed(Placement p) {
        return p.getId().equals(id);
    }

    public Set<PlacementStatus> next(Placement p) {
        return placements.nextSteps(currentUser.caller(), p);
    }

    public boolean offers(Placement p, PlacementStatus step) {
        return next(p).contains(step);
    }

    public List<Reason> reasonsOf(Placement p) {
        return placements.reasonsFor(currentUser.caller(), p);
    }

    public String staffName(Placement p) {
        return placements.nameOf(p.getIntroStaff());
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public List<Placement> getOwn() {
        return own == null ? List.of() : own;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

package org.quartiersnetz.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quartiersnetz.carrier.boundary.CarrierService;
import org.quartiersnetz.carrier.entity.Carrier;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.matching.boundary.BatchProposal;
import org.quartiersnetz.matching.boundary.MatchingService;
import org.quartiersnetz.placement.boundary.PlacementService;
import org.quartiersnetz.placement.boundary.ProposalRequest;
import org.quartiersnetz.security.entity.Role;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The batch proposal to review (staff/batch.xhtml): for all open long-term tasks of the carrier
 * (the network coordinator: of all carriers or one) the volunteers that give the highest total
 * score; coordinators untick what they do not want and send the rest, all or none.
 */
@Named
@ViewScoped
public class BatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MatchingService matching;

    @Inject
    PlacementService placements;

    @Inject
    CarrierService carriers;

    @Inject
    CurrentUser currentUser;

    private String carrier;
    /** Per proposal ("task/volunteer"), whether it is to be sent; all are at first. */
    private final Map<String, Boolean> chosen = new HashMap<>();

    private transient BatchProposal proposal;

    public void load() {
        if (proposal == null) {
            compute();
        }
    }

    /** Computes the proposal again; what was unticked stays unticked while it is still proposed. */
    public void compute() {
        FacesMessages.attempt(null, () -> {
            proposal = matching.batch(currentUser.caller(), carrier);
            Map<String, Boolean> before = new HashMap<>(chosen);
            chosen.clear();
            proposal.assignments().forEach(a -> chosen.put(key(a), before.getOrDefault(key(a), Boolean.TRUE)));
        });
    }

    public void send() {
        if (proposal == null) {
            // the view outlived the computed proposal (e.g. after a failover): show it again before sending
            FacesMessages.error("batch.recompute");
            compute();
            return;
        }
        List<ProposalRequest> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<BatchProposal.Assignment> shown = proposal.assignments();
        for (int row = 0; row < shown.size(); row++) {
            BatchProposal.Assignment a = shown.get(row);
            if (Boolean.TRUE.equals(chosen.get(key(a)))) {
                items.add(new ProposalRequest(
                        a.task().getId(), a.match().candidate().volunteerId()));
                rows.add(row + 1);
            }
        }
        FacesMessages.attempt(
                null,
                () -> FacesMessages.info(
                        "batch.sent",
                        placements.proposeAll(currentUser.caller(), items).size()),
                e -> FacesMessages.error(
                        "batch.refused", rowOf(e, rows), FacesMessages.text(e.messageKey(), e.arguments())));
        compute();
    }

    /** The row on the page (1-based) of the failing item: "items[3]" is the fourth ticked one. */
    private static String rowOf(BusinessException e, List<Integer> rows) {
        String field = e.field() == null ? "" : e.field();
        if (!field.startsWith("items[")) {
            return "–";
        }
        int item = Integer.parseInt(field.replaceAll("\\D", ""));
        return item < rows.size() ? String.valueOf(rows.get(item)) : "–";
    }

    public String key(BatchProposal.Assignment a) {
        return a.task().getId() + "/" + a.match().candidate().volunteerId();
    }

    public boolean isNetwork() {
        return currentUser.caller().is(Role.NETWORK_COORDINATOR);
    }

    public List<Carrier> getCarriers() {
        return carriers.listAll();
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public BatchProposal getProposal() {
        return proposal;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }
}

package org.quartiersnetz.matching.web;

import jakarta.ejb.EJBException;
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
import org.quartiersnetz.security.web.CurrentUser;

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
        compute();
    }

    public void compute() {
        chosen.clear();
        try {
            proposal = matching.batch(currentUser.caller(), carrier);
            proposal.assignments().forEach(a -> chosen.put(key(a), Boolean.TRUE));
        } catch (BusinessException e) {
            FacesMessages.error(e, null);
        }
    }

    public void send() {
        if (proposal == null) {
            compute();
        }
        List<ProposalRequest> items = new ArrayList<>();
        for (BatchProposal.Assignment a : proposal.assignments()) {
            if (Boolean.TRUE.equals(chosen.get(key(a)))) {
                items.add(new ProposalRequest(a.task().getId(), a.match().candidate().volunteerId()));
            }
        }
        try {
            int sent = placements.proposeAll(currentUser.caller(), items).size();
            FacesMessages.info("batch.sent", sent);
            compute();
        } catch (BusinessException e) {
            FacesMessages.error("batch.refused", rowOf(e), FacesMessages.text(e.messageKey(), e.arguments()));
            compute();
        } catch (EJBException e) {
            FacesMessages.errorOrRethrow(e);
        }
    }

    /** The 1-based row of the failing item ("items[3]" is the fourth chosen one). */
    private static String rowOf(BusinessException e) {
        String field = e.field() == null ? "" : e.field();
        return field.startsWith("items[") ? String.valueOf(Integer.parseInt(field.replaceAll("\\D", "")) + 1) : "–";
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

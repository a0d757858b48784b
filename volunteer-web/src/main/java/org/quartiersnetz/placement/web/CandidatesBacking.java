package org.quartiersnetz.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quartiersnetz.common.control.BusinessException;
import org.quartiersnetz.common.control.NotFoundException;
import org.quartiersnetz.common.web.FacesMessages;
import org.quartiersnetz.matching.boundary.CandidateList;
import org.quartiersnetz.matching.boundary.MatchingService;
import org.quartiersnetz.placement.boundary.PlacementService;
import org.quartiersnetz.placement.entity.Placement;
import org.quartiersnetz.security.entity.Role.Permissions;
import org.quartiersnetz.security.view.CurrentUser;

/**
 * The candidate view of a task (staff/candidates.xhtml?task=…): the eligible volunteers best first
 * with why they fit and what is missing, the next best with what excludes them, the task's
 * placements so far; staff propose from here.
 */
@Named
@ViewScoped
public class CandidatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 20;
    static final int NEAR_MISSES = 10;

    @Inject
    MatchingService matching;

    @Inject
    PlacementService placements;

    @Inject
    CurrentUser currentUser;

    private Long task;
    private Long taskId;
    private transient CandidateList list;
    private transient List<Placement> placed = List.of();

    public void load() throws IOException {
        taskId = task == null ? -1 : task;
        try {
            FacesMessages.attempt(null, this::refresh, CandidatesBacking::shownUnlessNotFound);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }

    /** Why there are no candidates (e.g. a slot-based task: volunteers book it themselves); unknown tasks answer 404. */
    private static void shownUnlessNotFound(BusinessException e) {
        if (e instanceof NotFoundException notFound) {
            throw notFound;
        }
        FacesMessages.error(e, null);
    }

    public void propose(long volunteerId) {
        FacesMessages.attempt(
                () -> placements.propose(currentUser.caller(), taskId, volunteerId), "candidates.proposed");
        refresh();
    }

    private void refresh() {
        list = matching.candidates(currentUser.caller(), taskId, SHOWN, NEAR_MISSES);
        placed = placements.ofTask(currentUser.caller(), taskId);
    }

    public boolean isMayPropose() {
        return list != null
                && list.task().getStatus().isOnBoard()
                && list.task().placesFree() > 0
                && currentUser.isPermitted(Permissions.PLACEMENT_PROPOSE);
    }

    public CandidateList getList() {
        return list;
    }

    public List<Placement> getPlaced() {
        return placed;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }
}
